import type { Error } from "./GlobalScope.js";
import type { RefCounted } from "./RefCounted.js";
import type { Resource } from "./Resource.js";
import { freeze } from "./builtins.js";
import type { Callable, Dictionary, Variant } from "./builtins.js";

/** Values of `Object.ConnectFlags`, frozen: `Object.ConnectFlags.NAME` at run time. */
export const Object_ConnectFlags = freeze({
  /** Deferred connections trigger their `Callable`s on idle time (at the end of the frame), rather than instantly. */
  CONNECT_DEFERRED: 1,
  /**
   * Persisting connections are stored when the object is serialized (such as when using `PackedScene.pack`). In the editor, connections created through the Signals dock are always persisting.
   *
   * **Note:** Connections to lambda functions (that is, when the function code is embedded in the {@link Object.connect} call) cannot be made persistent.
   */
  CONNECT_PERSIST: 2,
  /** One-shot connections disconnect themselves after emission. */
  CONNECT_ONE_SHOT: 4,
  /** Reference-counted connections can be assigned to the same `Callable` multiple times. Each disconnection decreases the internal counter. The signal fully disconnects only when the counter reaches 0. */
  CONNECT_REFERENCE_COUNTED: 8,
  /**
   * On signal emission, the source object is automatically appended after the original arguments of the signal, regardless of the connected `Callable`'s unbinds which affect only the original arguments of the signal (see `Callable.unbind`, `Callable.get_unbound_arguments_count`).
   *
   * ```gdscript
   * extends Object
   *
   * signal test_signal
   *
   * func test():
   *     print(self) # Prints e.g. <Object#35332818393>
   *     test_signal.connect(prints.unbind(1), CONNECT_APPEND_SOURCE_OBJECT)
   *     test_signal.emit("emit_arg_1", "emit_arg_2") # Prints emit_arg_1 <Object#35332818393>
   * ```
   */
  CONNECT_APPEND_SOURCE_OBJECT: 16,
} as const);

/** Every constant of `Object`, enum members flattened in, plus one entry per enum object. */
export const Object_constants = freeze({
  ConnectFlags: Object_ConnectFlags,
  /** Notification received when the object is initialized, before its script is attached. Used internally. */
  NOTIFICATION_POSTINITIALIZE: 0,
  /**
   * Notification received when the object is about to be deleted. Can be used like destructors in object-oriented programming languages.
   *
   * This notification is sent in reversed order.
   */
  NOTIFICATION_PREDELETE: 1,
  /** Notification received when the object finishes hot reloading. This notification is only sent for extensions classes and derived. */
  NOTIFICATION_EXTENSION_RELOADED: 2,
  /** Deferred connections trigger their `Callable`s on idle time (at the end of the frame), rather than instantly. */
  CONNECT_DEFERRED: 1,
  /**
   * Persisting connections are stored when the object is serialized (such as when using `PackedScene.pack`). In the editor, connections created through the Signals dock are always persisting.
   *
   * **Note:** Connections to lambda functions (that is, when the function code is embedded in the {@link Object.connect} call) cannot be made persistent.
   */
  CONNECT_PERSIST: 2,
  /** One-shot connections disconnect themselves after emission. */
  CONNECT_ONE_SHOT: 4,
  /** Reference-counted connections can be assigned to the same `Callable` multiple times. Each disconnection decreases the internal counter. The signal fully disconnects only when the counter reaches 0. */
  CONNECT_REFERENCE_COUNTED: 8,
  /**
   * On signal emission, the source object is automatically appended after the original arguments of the signal, regardless of the connected `Callable`'s unbinds which affect only the original arguments of the signal (see `Callable.unbind`, `Callable.get_unbound_arguments_count`).
   *
   * ```gdscript
   * extends Object
   *
   * signal test_signal
   *
   * func test():
   *     print(self) # Prints e.g. <Object#35332818393>
   *     test_signal.connect(prints.unbind(1), CONNECT_APPEND_SOURCE_OBJECT)
   *     test_signal.emit("emit_arg_1", "emit_arg_2") # Prints emit_arg_1 <Object#35332818393>
   * ```
   */
  CONNECT_APPEND_SOURCE_OBJECT: 16,
} as const);

/**
 * Base class for all other classes in the engine.
 *
 * @remarks
 * An advanced `Variant` type. All classes in the engine inherit from Object. Each class may define new properties, methods or signals, which are available to all inheriting classes. For example, a `Sprite2D` instance is able to call `Node.add_child` because it inherits from `Node`.
 *
 * You can create new instances, using `Object.new()` in GDScript, or `new GodotObject` in C#.
 *
 * To delete an Object instance, call {@link Object.free}. This is necessary for most classes inheriting Object, because they do not manage memory on their own, and will otherwise cause memory leaks when no longer in use. There are a few classes that perform memory management. For example, {@link RefCounted} (and by extension {@link Resource}) deletes itself when no longer referenced, and `Node` deletes its children when freed.
 *
 * Objects can have a `Script` attached to them. Once the `Script` is instantiated, it effectively acts as an extension to the base class, allowing it to define and inherit new properties, methods and signals.
 *
 * Inside a `Script`, {@link Object._get_property_list} may be overridden to customize properties in several ways. This allows them to be available to the editor, display as lists of options, sub-divide into groups, save on disk, etc. Scripting languages offer easier ways to customize properties, such as with the `@GDScript.@export` annotation.
 *
 * Godot is very dynamic. An object's script, and therefore its properties, methods and signals, can be changed at run-time. Because of this, there can be occasions where, for example, a property required by a method may not exist. To prevent run-time errors, see methods such as {@link Object.set}, {@link Object.get}, {@link Object.call}, {@link Object.has_method}, {@link Object.has_signal}, etc. Note that these methods are **much** slower than direct references.
 *
 * In GDScript, you can also check if a given property, method, or signal name exists in an object with the `in` operator:
 *
 * ```gdscript
 * var node = Node.new()
 * print("name" in node)         # Prints true
 * print("get_parent" in node)   # Prints true
 * print("tree_entered" in node) # Prints true
 * print("unknown" in node)      # Prints false
 * ```
 *
 * Notifications are `int` constants commonly sent and received by objects. For example, on every rendered frame, the `SceneTree` notifies nodes inside the tree with a `Node.NOTIFICATION_PROCESS`. The nodes receive it and may call `Node._process` to update. To make use of notifications, see {@link Object.notification} and {@link Object._notification}.
 *
 * Lastly, every object can also contain metadata (data about data). {@link Object.set_meta} can be useful to store information that the object itself does not depend on. To keep your code clean, making excessive use of metadata is discouraged.
 *
 * **Note:** Unlike references to a {@link RefCounted}, references to an object stored in a variable can become invalid without being set to `null`. To check if an object has been deleted, do _not_ compare it against `null`. Instead, use `@GlobalScope.is_instance_valid`. It's also recommended to inherit from {@link RefCounted} for classes storing data instead of {@link Object}.
 *
 * **Note:** The `script` is not exposed like most properties. To set or get an object's `Script` in code, use {@link Object.set_script} and {@link Object.get_script}, respectively.
 *
 * **Note:** In a boolean context, an {@link Object} will evaluate to `false` if it is equal to `null` or it has been freed. Otherwise, an {@link Object} will always evaluate to `true`. See also `@GlobalScope.is_instance_valid`.
 *
 * @see {@link https://docs.godotengine.org/en/4.6/engine_details/architecture/object_class.html | Object class introduction}
 * @see {@link https://docs.godotengine.org/en/4.6/tutorials/best_practices/node_alternatives.html | When and how to avoid using nodes for everything}
 * @see {@link https://docs.godotengine.org/en/4.6/tutorials/best_practices/godot_notifications.html | Object notifications}
 */
export interface Object {
  /**
   * Override this method to customize the behavior of {@link Object.get}. Should return the given `property`'s value, or `null` if the `property` should be handled normally.
   *
   * Combined with {@link Object._set} and {@link Object._get_property_list}, this method allows defining custom properties, which is particularly useful for editor plugins.
   *
   * **Note:** This method is not called when getting built-in properties of an object, including properties defined with `@GDScript.@export`.
   *
   * ```gdscript
   * func _get(property):
   *     if property == "fake_property":
   *         print("Getting my property!")
   *         return 4
   *
   * func _get_property_list():
   *     return [
   *         { "name": "fake_property", "type": TYPE_INT }
   *     ]
   * ```
   *
   * ```csharp
   * public override Variant _Get(StringName property)
   * {
   *     if (property == "FakeProperty")
   *     {
   *         GD.Print("Getting my property!");
   *         return 4;
   *     }
   *     return default;
   * }
   *
   * public override Godot.Collections.Array<Godot.Collections.Dictionary> _GetPropertyList()
   * {
   *     return
   *     [
   *         new Godot.Collections.Dictionary()
   *         {
   *             { "name", "FakeProperty" },
   *             { "type", (int)Variant.Type.Int },
   *         },
   *     ];
   * }
   * ```
   *
   * **Note:** Unlike other virtual methods, this method is called automatically for every script that overrides it. This means that the base implementation should not be called via `super` in GDScript or its equivalents in other languages. The bottom-most sub-class will be called first, with subsequent calls ascending the class hierarchy. The call chain will stop on the first class that returns a non-`null` value.
   */
  _get?(property: string): Variant;
  /**
   * Override this method to provide a custom list of additional properties to handle by the engine.
   *
   * Should return a property list, as an `Array` of dictionaries. The result is added to the array of {@link Object.get_property_list}, and should be formatted in the same way. Each `Dictionary` must at least contain the `name` and `type` entries.
   *
   * You can use {@link Object._property_can_revert} and {@link Object._property_get_revert} to customize the default values of the properties added by this method.
   *
   * The example below displays a list of numbers shown as words going from `ZERO` to `FIVE`, with `number_count` controlling the size of the list:
   *
   * ```gdscript
   * @tool
   * extends Node
   *
   * @export var number_count = 3:
   *     set(nc):
   *         number_count = nc
   *         numbers.resize(number_count)
   *         notify_property_list_changed()
   *
   * var numbers = PackedInt32Array([0, 0, 0])
   *
   * func _get_property_list():
   *     var properties = []
   *
   *     for i in range(number_count):
   *         properties.append({
   *             "name": "number_%d" % i,
   *             "type": TYPE_INT,
   *             "hint": PROPERTY_HINT_ENUM,
   *             "hint_string": "ZERO,ONE,TWO,THREE,FOUR,FIVE",
   *         })
   *
   *     return properties
   *
   * func _get(property):
   *     if property.begins_with("number_"):
   *         var index = property.get_slice("_", 1).to_int()
   *         return numbers[index]
   *
   * func _set(property, value):
   *     if property.begins_with("number_"):
   *         var index = property.get_slice("_", 1).to_int()
   *         numbers[index] = value
   *         return true
   *     return false
   * ```
   *
   * ```csharp
   * [Tool]
   * public partial class MyNode : Node
   * {
   *     private int _numberCount;
   *
   *     [Export]
   *     public int NumberCount
   *     {
   *         get => _numberCount;
   *         set
   *         {
   *             _numberCount = value;
   *             _numbers.Resize(_numberCount);
   *             NotifyPropertyListChanged();
   *         }
   *     }
   *
   *     private Godot.Collections.Array<int> _numbers = [];
   *
   *     public override Godot.Collections.Array<Godot.Collections.Dictionary> _GetPropertyList()
   *     {
   *         Godot.Collections.Array<Godot.Collections.Dictionary> properties = [];
   *
   *         for (int i = 0; i < _numberCount; i++)
   *         {
   *             properties.Add(new Godot.Collections.Dictionary()
   *             {
   *                 { "name", $"number_{i}" },
   *                 { "type", (int)Variant.Type.Int },
   *                 { "hint", (int)PropertyHint.Enum },
   *                 { "hint_string", "Zero,One,Two,Three,Four,Five" },
   *             });
   *         }
   *
   *         return properties;
   *     }
   *
   *     public override Variant _Get(StringName property)
   *     {
   *         string propertyName = property.ToString();
   *         if (propertyName.StartsWith("number_"))
   *         {
   *             int index = int.Parse(propertyName.Substring("number_".Length));
   *             return _numbers[index];
   *         }
   *         return default;
   *     }
   *
   *     public override bool _Set(StringName property, Variant value)
   *     {
   *         string propertyName = property.ToString();
   *         if (propertyName.StartsWith("number_"))
   *         {
   *             int index = int.Parse(propertyName.Substring("number_".Length));
   *             _numbers[index] = value.As<int>();
   *             return true;
   *         }
   *         return false;
   *     }
   * }
   * ```
   *
   * **Note:** This method is intended for advanced purposes. For most common use cases, the scripting languages offer easier ways to handle properties. See `@GDScript.@export`, `@GDScript.@export_enum`, `@GDScript.@export_group`, etc. If you want to customize exported properties, use {@link Object._validate_property}.
   *
   * **Note:** If the object's script is not `@GDScript.@tool`, this method will not be called in the editor.
   *
   * **Note:** Unlike other virtual methods, this method is called automatically for every script that overrides it. This means that the base implementation should not be called via `super` in GDScript or its equivalents in other languages. The bottom-most sub-class will be called first, with subsequent calls ascending the class hierarchy.
   */
  _get_property_list?(): Dictionary[];
  /**
   * Called when the object's script is instantiated, oftentimes after the object is initialized in memory (through `Object.new()` in GDScript, or `new GodotObject` in C#). It can be also defined to take in parameters. This method is similar to a constructor in most programming languages.
   *
   * **Note:** If {@link Object._init} is defined with _required_ parameters, the Object with script may only be created directly. If any other means (such as `PackedScene.instantiate` or `Node.duplicate`) are used, the script's initialization will fail.
   */
  _init?(): void;
  /**
   * Returns the current iterable value. `iter` stores the iteration state, but unlike {@link Object._iter_init} and {@link Object._iter_next} the state is supposed to be read-only, so there is no `Array` wrapper.
   *
   * **Tip:** In GDScript, you can use a subtype of `Variant` as the return type for {@link Object._iter_get}. The specified type will be used to set the type of the iterator variable in `for` loops, enhancing type safety.
   */
  _iter_get?(iter: Variant): Variant;
  /**
   * Initializes the iterator. `iter` stores the iteration state. Since GDScript does not support passing arguments by reference, a single-element array is used as a wrapper. Returns `true` so long as the iterator has not reached the end.
   *
   * ```gdscript
   * class MyRange:
   *     var _from
   *     var _to
   *
   *     func _init(from, to):
   *         assert(from <= to)
   *         _from = from
   *         _to = to
   *
   *     func _iter_init(iter):
   *         iter[0] = _from
   *         return iter[0] < _to
   *
   *     func _iter_next(iter):
   *         iter[0] += 1
   *         return iter[0] < _to
   *
   *     func _iter_get(iter):
   *         return iter
   *
   * func _ready():
   *     var my_range = MyRange.new(2, 5)
   *     for x in my_range:
   *         print(x) # Prints 2, 3, 4.
   * ```
   *
   * **Note:** Alternatively, you can ignore `iter` and use the object's state instead, see {@link https://docs.godotengine.org/en/4.6/tutorials/scripting/gdscript/gdscript_advanced.html#custom-iterators | online docs} for an example. Note that in this case you will not be able to reuse the same iterator instance in nested loops. Also, make sure you reset the iterator state in this method if you want to reuse the same instance multiple times.
   */
  _iter_init?(iter: Variant[]): boolean;
  /** Moves the iterator to the next iteration. `iter` stores the iteration state. Since GDScript does not support passing arguments by reference, a single-element array is used as a wrapper. Returns `true` so long as the iterator has not reached the end. */
  _iter_next?(iter: Variant[]): boolean;
  /**
   * Called when the object receives a notification, which can be identified in `what` by comparing it with a constant. See also {@link Object.notification}.
   *
   * ```gdscript
   * func _notification(what):
   *     if what == NOTIFICATION_PREDELETE:
   *         print("Goodbye!")
   * ```
   *
   * ```csharp
   * public override void _Notification(int what)
   * {
   *     if (what == NotificationPredelete)
   *     {
   *         GD.Print("Goodbye!");
   *     }
   * }
   * ```
   *
   * **Note:** The base {@link Object} defines a few notifications ({@link Object_constants.NOTIFICATION_POSTINITIALIZE} and {@link Object_constants.NOTIFICATION_PREDELETE}). Inheriting classes such as `Node` define a lot more notifications, which are also received by this method.
   *
   * **Note:** Unlike other virtual methods, this method is called automatically for every script that overrides it. This means that the base implementation should not be called via `super` in GDScript or its equivalents in other languages. Call order depends on the `reversed` argument of {@link Object.notification} and varies between different notifications. Most notifications are sent in the forward order (i.e. Object class first, most derived class last).
   */
  _notification?(what: number): void;
  /**
   * Override this method to customize the given `property`'s revert behavior. Should return `true` if the `property` has a custom default value and is revertible in the Inspector dock. Use {@link Object._property_get_revert} to specify the `property`'s default value.
   *
   * **Note:** This method must return consistently, regardless of the current value of the `property`.
   *
   * **Note:** Unlike other virtual methods, this method is called automatically for every script that overrides it. This means that the base implementation should not be called via `super` in GDScript or its equivalents in other languages. The bottom-most sub-class will be called first, with subsequent calls ascending the class hierarchy. The call chain will stop on the first class that returns `true`.
   */
  _property_can_revert?(property: string): boolean;
  /**
   * Override this method to customize the given `property`'s revert behavior. Should return the default value for the `property`. If the default value differs from the `property`'s current value, a revert icon is displayed in the Inspector dock.
   *
   * **Note:** {@link Object._property_can_revert} must also be overridden for this method to be called.
   *
   * **Note:** Unlike other virtual methods, this method is called automatically for every script that overrides it. This means that the base implementation should not be called via `super` in GDScript or its equivalents in other languages. The bottom-most sub-class will be called first, with subsequent calls ascending the class hierarchy. The call chain will stop on the first class that returns a non-`null` value.
   */
  _property_get_revert?(property: string): Variant;
  /**
   * Override this method to customize the behavior of {@link Object.set}. Should set the `property` to `value` and return `true`, or `false` if the `property` should be handled normally. The _exact_ way to set the `property` is up to this method's implementation.
   *
   * Combined with {@link Object._get} and {@link Object._get_property_list}, this method allows defining custom properties, which is particularly useful for editor plugins.
   *
   * **Note:** This method is not called when setting built-in properties of an object, including properties defined with `@GDScript.@export`.
   *
   * ```gdscript
   * var internal_data = {}
   *
   * func _set(property, value):
   *     if property == "fake_property":
   *         # Storing the value in the fake property.
   *         internal_data["fake_property"] = value
   *         return true
   *     return false
   *
   * func _get_property_list():
   *     return [
   *         { "name": "fake_property", "type": TYPE_INT }
   *     ]
   * ```
   *
   * ```csharp
   * private Godot.Collections.Dictionary _internalData = new Godot.Collections.Dictionary();
   *
   * public override bool _Set(StringName property, Variant value)
   * {
   *     if (property == "FakeProperty")
   *     {
   *         // Storing the value in the fake property.
   *         _internalData["FakeProperty"] = value;
   *         return true;
   *     }
   *
   *     return false;
   * }
   *
   * public override Godot.Collections.Array<Godot.Collections.Dictionary> _GetPropertyList()
   * {
   *     return
   *     [
   *         new Godot.Collections.Dictionary()
   *         {
   *             { "name", "FakeProperty" },
   *             { "type", (int)Variant.Type.Int },
   *         },
   *     ];
   * }
   * ```
   *
   * **Note:** Unlike other virtual methods, this method is called automatically for every script that overrides it. This means that the base implementation should not be called via `super` in GDScript or its equivalents in other languages. The bottom-most sub-class will be called first, with subsequent calls ascending the class hierarchy. The call chain will stop on the first class that returns `true`.
   */
  _set?(property: string, value: Variant): boolean;
  /**
   * Override this method to customize the return value of {@link Object.to_string}, and therefore the object's representation as a `String`.
   *
   * ```gdscript
   * func _to_string():
   *     return "Welcome to Godot 4!"
   *
   * func _init():
   *     print(self)       # Prints "Welcome to Godot 4!"
   *     var a = str(self) # a is "Welcome to Godot 4!"
   * ```
   */
  _to_string?(): string;
  /**
   * Override this method to customize existing properties. Every property info goes through this method, except properties added with {@link Object._get_property_list}. The dictionary contents is the same as in {@link Object._get_property_list}.
   *
   * ```gdscript
   * @tool
   * extends Node
   *
   * @export var is_number_editable: bool:
   *     set(value):
   *         is_number_editable = value
   *         notify_property_list_changed()
   * @export var number: int
   *
   * func _validate_property(property: Dictionary):
   *     if property.name == "number" and not is_number_editable:
   *         property.usage |= PROPERTY_USAGE_READ_ONLY
   * ```
   *
   * ```csharp
   * [Tool]
   * public partial class MyNode : Node
   * {
   *     private bool _isNumberEditable;
   *
   *     [Export]
   *     public bool IsNumberEditable
   *     {
   *         get => _isNumberEditable;
   *         set
   *         {
   *             _isNumberEditable = value;
   *             NotifyPropertyListChanged();
   *         }
   *     }
   *
   *     [Export]
   *     public int Number { get; set; }
   *
   *     public override void _ValidateProperty(Godot.Collections.Dictionary property)
   *     {
   *         if (property["name"].AsStringName() == PropertyName.Number && !IsNumberEditable)
   *         {
   *             var usage = property["usage"].As<PropertyUsageFlags>() | PropertyUsageFlags.ReadOnly;
   *             property["usage"] = (int)usage;
   *         }
   *     }
   * }
   * ```
   */
  _validate_property?(property: Dictionary): void;
  /**
   * Adds a user-defined signal named `signal`. Optional arguments for the signal can be added as an `Array` of dictionaries, each defining a `name` `String` and a `type` `int` (see `Variant.Type`). See also {@link Object.has_user_signal} and {@link Object.remove_user_signal}.
   *
   * ```gdscript
   * add_user_signal("hurt", [
   *     { "name": "damage", "type": TYPE_INT },
   *     { "name": "source", "type": TYPE_OBJECT }
   * ])
   * ```
   *
   * ```csharp
   * AddUserSignal("Hurt",
   * [
   *     new Godot.Collections.Dictionary()
   *     {
   *         { "name", "damage" },
   *         { "type", (int)Variant.Type.Int },
   *     },
   *     new Godot.Collections.Dictionary()
   *     {
   *         { "name", "source" },
   *         { "type", (int)Variant.Type.Object },
   *     },
   * ]);
   * ```
   *
   * Defaults: `arguments` = `[]`.
   */
  add_user_signal(signal: string, arguments_?: Variant[]): void;
  /**
   * Calls the `method` on the object and returns the result. This method supports a variable number of arguments, so parameters can be passed as a comma separated list.
   *
   * ```gdscript
   * var node = Node3D.new()
   * node.call("rotate", Vector3(1.0, 0.0, 0.0), 1.571)
   * ```
   *
   * ```csharp
   * var node = new Node3D();
   * node.Call(Node3D.MethodName.Rotate, new Vector3(1f, 0f, 0f), 1.571f);
   * ```
   *
   * **Note:** In C#, `method` must be in snake_case when referring to built-in Godot methods. Prefer using the names exposed in the `MethodName` class to avoid allocating a new `StringName` on each call.
   */
  call(method: string, ...args: Variant[]): Variant;
  /**
   * Calls the `method` on the object during idle time. Always returns `null`, **not** the method's result.
   *
   * Idle time happens mainly at the end of process and physics frames. In it, deferred calls will be run until there are none left, which means you can defer calls from other deferred calls and they'll still be run in the current idle time cycle. This means you should not call a method deferred from itself (or from a method called by it), as this causes infinite recursion the same way as if you had called the method directly.
   *
   * This method supports a variable number of arguments, so parameters can be passed as a comma separated list.
   *
   * ```gdscript
   * var node = Node3D.new()
   * node.call_deferred("rotate", Vector3(1.0, 0.0, 0.0), 1.571)
   * ```
   *
   * ```csharp
   * var node = new Node3D();
   * node.CallDeferred(Node3D.MethodName.Rotate, new Vector3(1f, 0f, 0f), 1.571f);
   * ```
   *
   * For methods that are deferred from the same thread, the order of execution at idle time is identical to the order in which `call_deferred` was called.
   *
   * See also `Callable.call_deferred`.
   *
   * **Note:** In C#, `method` must be in snake_case when referring to built-in Godot methods. Prefer using the names exposed in the `MethodName` class to avoid allocating a new `StringName` on each call.
   *
   * **Note:** If you're looking to delay the function call by a frame, refer to the `SceneTree.process_frame` and `SceneTree.physics_frame` signals.
   *
   * ```gdscript
   * var node = Node3D.new()
   * # Make a Callable and bind the arguments to the node's rotate() call.
   * var callable = node.rotate.bind(Vector3(1.0, 0.0, 0.0), 1.571)
   * # Connect the callable to the process_frame signal, so it gets called in the next process frame.
   * # CONNECT_ONE_SHOT makes sure it only gets called once instead of every frame.
   * get_tree().process_frame.connect(callable, CONNECT_ONE_SHOT)
   * ```
   */
  call_deferred(method: string, ...args: Variant[]): Variant;
  /**
   * Calls the `method` on the object and returns the result. Unlike {@link Object.call}, this method expects all parameters to be contained inside `arg_array`.
   *
   * ```gdscript
   * var node = Node3D.new()
   * node.callv("rotate", [Vector3(1.0, 0.0, 0.0), 1.571])
   * ```
   *
   * ```csharp
   * var node = new Node3D();
   * node.Callv(Node3D.MethodName.Rotate, [new Vector3(1f, 0f, 0f), 1.571f]);
   * ```
   *
   * **Note:** In C#, `method` must be in snake_case when referring to built-in Godot methods. Prefer using the names exposed in the `MethodName` class to avoid allocating a new `StringName` on each call.
   */
  callv(method: string, arg_array: Variant[]): Variant;
  /** Returns `true` if the object is allowed to translate messages with {@link Object.tr} and {@link Object.tr_n}. See also {@link Object.set_message_translation}. */
  can_translate_messages(): boolean;
  /** If this method is called during {@link Object_constants.NOTIFICATION_PREDELETE}, this object will reject being freed and will remain allocated. This is mostly an internal function used for error handling to avoid the user from freeing objects when they are not intended to. */
  cancel_free(): void;
  /**
   * Connects a `signal` by name to a `callable`. Optional `flags` can be also added to configure the connection's behavior (see {@link Object.ConnectFlags} constants).
   *
   * A signal can only be connected once to the same `Callable`. If the signal is already connected, this method returns {@link Error.ERR_INVALID_PARAMETER} and generates an error, unless the signal is connected with {@link Object_ConnectFlags.CONNECT_REFERENCE_COUNTED}. To prevent this, use {@link Object.is_connected} first to check for existing connections.
   *
   * **Note:** If the `callable`'s object is freed, the connection will be lost.
   *
   * **Note:** In GDScript, it is generally recommended to connect signals with `Signal.connect` instead.
   *
   * **Note:** This method, and all other signal-related methods, are thread-safe.
   *
   * Defaults: `flags` = `0`.
   */
  connect(signal: string, callable: Callable, flags?: number): Error;
  /** Disconnects a `signal` by name from a given `callable`. If the connection does not exist, generates an error. Use {@link Object.is_connected} to make sure that the connection exists. */
  disconnect(signal: string, callable: Callable): void;
  /**
   * Emits the given `signal` by name. The signal must exist, so it should be a built-in signal of this class or one of its inherited classes, or a user-defined signal (see {@link Object.add_user_signal}). This method supports a variable number of arguments, so parameters can be passed as a comma separated list.
   *
   * Returns {@link Error.ERR_UNAVAILABLE} if `signal` does not exist or the parameters are invalid.
   *
   * ```gdscript
   * emit_signal("hit", "sword", 100)
   * emit_signal("game_over")
   * ```
   *
   * ```csharp
   * EmitSignal(SignalName.Hit, "sword", 100);
   * EmitSignal(SignalName.GameOver);
   * ```
   *
   * **Note:** In C#, `signal` must be in snake_case when referring to built-in Godot signals. Prefer using the names exposed in the `SignalName` class to avoid allocating a new `StringName` on each call.
   */
  emit_signal(signal: string, ...args: Variant[]): Error;
  /** Deletes the object from memory. Pre-existing references to the object become invalid, and any attempt to access them will result in a runtime error. Checking the references with `@GlobalScope.is_instance_valid` will return `false`. This is equivalent to the `memdelete` function in GDExtension C++. */
  free(): void;
  /**
   * Returns the `Variant` value of the given `property`. If the `property` does not exist, this method returns `null`.
   *
   * ```gdscript
   * var node = Node2D.new()
   * node.rotation = 1.5
   * var a = node.get("rotation") # a is 1.5
   * ```
   *
   * ```csharp
   * var node = new Node2D();
   * node.Rotation = 1.5f;
   * var a = node.Get(Node2D.PropertyName.Rotation); // a is 1.5
   * ```
   *
   * **Note:** In C#, `property` must be in snake_case when referring to built-in Godot properties. Prefer using the names exposed in the `PropertyName` class to avoid allocating a new `StringName` on each call.
   */
  get(property: string): Variant;
  /**
   * Returns the object's built-in class name, as a `String`. See also {@link Object.is_class}.
   *
   * **Note:** This method ignores `class_name` declarations. If this object's script has defined a `class_name`, the base, built-in class name is returned instead.
   */
  get_class(): string;
  /**
   * Returns an `Array` of signal connections received by this object. Each connection is represented as a `Dictionary` that contains three entries:
   *
   * - `signal` is a reference to the `Signal`;
   *
   * - `callable` is a reference to the `Callable`;
   *
   * - `flags` is a combination of {@link Object.ConnectFlags}.
   */
  get_incoming_connections(): Dictionary[];
  /**
   * Gets the object's property indexed by the given `property_path`. The path should be a `NodePath` relative to the current object and can use the colon character (`:`) to access nested properties.
   *
   * **Examples:** `"position:x"` or `"material:next_pass:blend_mode"`.
   *
   * ```gdscript
   * var node = Node2D.new()
   * node.position = Vector2(5, -10)
   * var a = node.get_indexed("position")   # a is Vector2(5, -10)
   * var b = node.get_indexed("position:y") # b is -10
   * ```
   *
   * ```csharp
   * var node = new Node2D();
   * node.Position = new Vector2(5, -10);
   * var a = node.GetIndexed("position");   // a is Vector2(5, -10)
   * var b = node.GetIndexed("position:y"); // b is -10
   * ```
   *
   * **Note:** In C#, `property_path` must be in snake_case when referring to built-in Godot properties. Prefer using the names exposed in the `PropertyName` class to avoid allocating a new `StringName` on each call.
   *
   * **Note:** This method does not support actual paths to nodes in the `SceneTree`, only sub-property paths. In the context of nodes, use `Node.get_node_and_resource` instead.
   */
  get_indexed(property_path: string): Variant;
  /**
   * Returns the object's unique instance ID. This ID can be saved in `EncodedObjectAsID`, and can be used to retrieve this object instance with `@GlobalScope.instance_from_id`.
   *
   * **Note:** This ID is only useful during the current session. It won't correspond to a similar object if the ID is sent over a network, or loaded from a file at a later time.
   */
  get_instance_id(): number;
  /**
   * Returns the object's metadata value for the given entry `name`. If the entry does not exist, returns `default`. If `default` is `null`, an error is also generated.
   *
   * **Note:** A metadata's name must be a valid identifier as per `StringName.is_valid_identifier` method.
   *
   * **Note:** Metadata that has a name starting with an underscore (`_`) is considered editor-only. Editor-only metadata is not displayed in the Inspector and should not be edited, although it can still be found by this method.
   *
   * Defaults: `default` = `null`.
   */
  get_meta(name: string, default_?: Variant): Variant;
  /** Returns the object's metadata entry names as an `Array` of `StringName`s. */
  get_meta_list(): string[];
  /**
   * Returns the number of arguments of the given `method` by name.
   *
   * **Note:** In C#, `method` must be in snake_case when referring to built-in Godot methods. Prefer using the names exposed in the `MethodName` class to avoid allocating a new `StringName` on each call.
   */
  get_method_argument_count(method: string): number;
  /**
   * Returns this object's methods and their signatures as an `Array` of dictionaries. Each `Dictionary` contains the following entries:
   *
   * - `name` is the name of the method, as a `String`;
   *
   * - `args` is an `Array` of dictionaries representing the arguments;
   *
   * - `default_args` is the default arguments as an `Array` of variants;
   *
   * - `flags` is a combination of `MethodFlags`;
   *
   * - `id` is the method's internal identifier `int`;
   *
   * - `return` is the returned value, as a `Dictionary`;
   *
   * **Note:** The dictionaries of `args` and `return` are formatted identically to the results of {@link Object.get_property_list}, although not all entries are used.
   */
  get_method_list(): Dictionary[];
  /**
   * Returns the object's property list as an `Array` of dictionaries. Each `Dictionary` contains the following entries:
   *
   * - `name` is the property's name, as a `String`;
   *
   * - `class_name` is an empty `StringName`, unless the property is `TYPE_OBJECT` and it inherits from a class;
   *
   * - `type` is the property's type, as an `int` (see `Variant.Type`);
   *
   * - `hint` is _how_ the property is meant to be edited (see `PropertyHint`);
   *
   * - `hint_string` depends on the hint (see `PropertyHint`);
   *
   * - `usage` is a combination of `PropertyUsageFlags`.
   *
   * **Note:** In GDScript, all class members are treated as properties. In C# and GDExtension, it may be necessary to explicitly mark class members as Godot properties using decorators or attributes.
   */
  get_property_list(): Dictionary[];
  /** Returns the object's `Script` instance, or `null` if no script is attached. */
  get_script(): Variant;
  /**
   * Returns an `Array` of connections for the given `signal` name. Each connection is represented as a `Dictionary` that contains three entries:
   *
   * - `signal` is a reference to the `Signal`;
   *
   * - `callable` is a reference to the connected `Callable`;
   *
   * - `flags` is a combination of {@link Object.ConnectFlags}.
   */
  get_signal_connection_list(signal: string): Dictionary[];
  /**
   * Returns the list of existing signals as an `Array` of dictionaries.
   *
   * **Note:** Due to the implementation, each `Dictionary` is formatted very similarly to the returned values of {@link Object.get_method_list}.
   */
  get_signal_list(): Dictionary[];
  /** Returns the name of the translation domain used by {@link Object.tr} and {@link Object.tr_n}. See also `TranslationServer`. */
  get_translation_domain(): string;
  /**
   * Returns `true` if any connection exists on the given `signal` name.
   *
   * **Note:** In C#, `signal` must be in snake_case when referring to built-in Godot methods. Prefer using the names exposed in the `SignalName` class to avoid allocating a new `StringName` on each call.
   */
  has_connections(signal: string): boolean;
  /**
   * Returns `true` if a metadata entry is found with the given `name`. See also {@link Object.get_meta}, {@link Object.set_meta} and {@link Object.remove_meta}.
   *
   * **Note:** A metadata's name must be a valid identifier as per `StringName.is_valid_identifier` method.
   *
   * **Note:** Metadata that has a name starting with an underscore (`_`) is considered editor-only. Editor-only metadata is not displayed in the Inspector and should not be edited, although it can still be found by this method.
   */
  has_meta(name: string): boolean;
  /**
   * Returns `true` if the given `method` name exists in the object.
   *
   * **Note:** In C#, `method` must be in snake_case when referring to built-in Godot methods. Prefer using the names exposed in the `MethodName` class to avoid allocating a new `StringName` on each call.
   */
  has_method(method: string): boolean;
  /**
   * Returns `true` if the given `signal` name exists in the object.
   *
   * **Note:** In C#, `signal` must be in snake_case when referring to built-in Godot signals. Prefer using the names exposed in the `SignalName` class to avoid allocating a new `StringName` on each call.
   */
  has_signal(signal: string): boolean;
  /** Returns `true` if the given user-defined `signal` name exists. Only signals added with {@link Object.add_user_signal} are included. See also {@link Object.remove_user_signal}. */
  has_user_signal(signal: string): boolean;
  /** Returns `true` if the object is blocking its signals from being emitted. See {@link Object.set_block_signals}. */
  is_blocking_signals(): boolean;
  /**
   * Returns `true` if the object inherits from the given `class`. See also {@link Object.get_class}.
   *
   * ```gdscript
   * var sprite2d = Sprite2D.new()
   * sprite2d.is_class("Sprite2D") # Returns true
   * sprite2d.is_class("Node")     # Returns true
   * sprite2d.is_class("Node3D")   # Returns false
   * ```
   *
   * ```csharp
   * var sprite2D = new Sprite2D();
   * sprite2D.IsClass("Sprite2D"); // Returns true
   * sprite2D.IsClass("Node");     // Returns true
   * sprite2D.IsClass("Node3D");   // Returns false
   * ```
   *
   * **Note:** This method ignores `class_name` declarations in the object's script.
   */
  is_class(class_: string): boolean;
  /**
   * Returns `true` if a connection exists between the given `signal` name and `callable`.
   *
   * **Note:** In C#, `signal` must be in snake_case when referring to built-in Godot signals. Prefer using the names exposed in the `SignalName` class to avoid allocating a new `StringName` on each call.
   */
  is_connected(signal: string, callable: Callable): boolean;
  /** Returns `true` if the `Node.queue_free` method was called for the object. */
  is_queued_for_deletion(): boolean;
  /**
   * Sends the given `what` notification to all classes inherited by the object, triggering calls to {@link Object._notification}, starting from the highest ancestor (the {@link Object} class) and going down to the object's script.
   *
   * If `reversed` is `true`, the call order is reversed.
   *
   * ```gdscript
   * var player = Node2D.new()
   * player.set_script(load("res://player.gd"))
   *
   * player.notification(NOTIFICATION_ENTER_TREE)
   * # The call order is Object -> Node -> Node2D -> player.gd.
   *
   * player.notification(NOTIFICATION_ENTER_TREE, true)
   * # The call order is player.gd -> Node2D -> Node -> Object.
   * ```
   *
   * ```csharp
   * var player = new Node2D();
   * player.SetScript(GD.Load("res://player.gd"));
   *
   * player.Notification(NotificationEnterTree);
   * // The call order is GodotObject -> Node -> Node2D -> player.gd.
   *
   * player.Notification(NotificationEnterTree, true);
   * // The call order is player.gd -> Node2D -> Node -> GodotObject.
   * ```
   *
   * Defaults: `reversed` = `false`.
   */
  notification(what: number, reversed?: boolean): void;
  /** Emits the {@link Object.Signals.property_list_changed} signal. This is mainly used to refresh the editor, so that the Inspector and editor plugins are properly updated. */
  notify_property_list_changed(): void;
  /**
   * Returns `true` if the given `property` has a custom default value. Use {@link Object.property_get_revert} to get the `property`'s default value.
   *
   * **Note:** This method is used by the Inspector dock to display a revert icon. The object must implement {@link Object._property_can_revert} to customize the default value. If {@link Object._property_can_revert} is not implemented, this method returns `false`.
   */
  property_can_revert(property: string): boolean;
  /**
   * Returns the custom default value of the given `property`. Use {@link Object.property_can_revert} to check if the `property` has a custom default value.
   *
   * **Note:** This method is used by the Inspector dock to display a revert icon. The object must implement {@link Object._property_get_revert} to customize the default value. If {@link Object._property_get_revert} is not implemented, this method returns `null`.
   */
  property_get_revert(property: string): Variant;
  /**
   * Removes the given entry `name` from the object's metadata. See also {@link Object.has_meta}, {@link Object.get_meta} and {@link Object.set_meta}.
   *
   * **Note:** A metadata's name must be a valid identifier as per `StringName.is_valid_identifier` method.
   *
   * **Note:** Metadata that has a name starting with an underscore (`_`) is considered editor-only. Editor-only metadata is not displayed in the Inspector and should not be edited, although it can still be found by this method.
   */
  remove_meta(name: string): void;
  /** Removes the given user signal `signal` from the object. See also {@link Object.add_user_signal} and {@link Object.has_user_signal}. */
  remove_user_signal(signal: string): void;
  /**
   * Assigns `value` to the given `property`. If the property does not exist or the given `value`'s type doesn't match, nothing happens.
   *
   * ```gdscript
   * var node = Node2D.new()
   * node.set("global_scale", Vector2(8, 2.5))
   * print(node.global_scale) # Prints (8.0, 2.5)
   * ```
   *
   * ```csharp
   * var node = new Node2D();
   * node.Set(Node2D.PropertyName.GlobalScale, new Vector2(8, 2.5f));
   * GD.Print(node.GlobalScale); // Prints (8, 2.5)
   * ```
   *
   * **Note:** In C#, `property` must be in snake_case when referring to built-in Godot properties. Prefer using the names exposed in the `PropertyName` class to avoid allocating a new `StringName` on each call.
   */
  set(property: string, value: Variant): void;
  /** If set to `true`, the object becomes unable to emit signals. As such, {@link Object.emit_signal} and signal connections will not work, until it is set to `false`. */
  set_block_signals(enable: boolean): void;
  /**
   * Assigns `value` to the given `property`, at the end of the current frame. This is equivalent to calling {@link Object.set} through {@link Object.call_deferred}.
   *
   * ```gdscript
   * var node = Node2D.new()
   * add_child(node)
   *
   * node.rotation = 1.5
   * node.set_deferred("rotation", 3.0)
   * print(node.rotation) # Prints 1.5
   *
   * await get_tree().process_frame
   * print(node.rotation) # Prints 3.0
   * ```
   *
   * ```csharp
   * var node = new Node2D();
   * node.Rotation = 1.5f;
   * node.SetDeferred(Node2D.PropertyName.Rotation, 3f);
   * GD.Print(node.Rotation); // Prints 1.5
   *
   * await ToSignal(GetTree(), SceneTree.SignalName.ProcessFrame);
   * GD.Print(node.Rotation); // Prints 3.0
   * ```
   *
   * **Note:** In C#, `property` must be in snake_case when referring to built-in Godot properties. Prefer using the names exposed in the `PropertyName` class to avoid allocating a new `StringName` on each call.
   */
  set_deferred(property: string, value: Variant): void;
  /**
   * Assigns a new `value` to the property identified by the `property_path`. The path should be a `NodePath` relative to this object, and can use the colon character (`:`) to access nested properties.
   *
   * ```gdscript
   * var node = Node2D.new()
   * node.set_indexed("position", Vector2(42, 0))
   * node.set_indexed("position:y", -10)
   * print(node.position) # Prints (42.0, -10.0)
   * ```
   *
   * ```csharp
   * var node = new Node2D();
   * node.SetIndexed("position", new Vector2(42, 0));
   * node.SetIndexed("position:y", -10);
   * GD.Print(node.Position); // Prints (42, -10)
   * ```
   *
   * **Note:** In C#, `property_path` must be in snake_case when referring to built-in Godot properties. Prefer using the names exposed in the `PropertyName` class to avoid allocating a new `StringName` on each call.
   */
  set_indexed(property_path: string, value: Variant): void;
  /** If set to `true`, allows the object to translate messages with {@link Object.tr} and {@link Object.tr_n}. Enabled by default. See also {@link Object.can_translate_messages}. */
  set_message_translation(enable: boolean): void;
  /**
   * Adds or changes the entry `name` inside the object's metadata. The metadata `value` can be any `Variant`, although some types cannot be serialized correctly.
   *
   * If `value` is `null`, the entry is removed. This is the equivalent of using {@link Object.remove_meta}. See also {@link Object.has_meta} and {@link Object.get_meta}.
   *
   * **Note:** A metadata's name must be a valid identifier as per `StringName.is_valid_identifier` method.
   *
   * **Note:** Metadata that has a name starting with an underscore (`_`) is considered editor-only. Editor-only metadata is not displayed in the Inspector and should not be edited, although it can still be found by this method.
   */
  set_meta(name: string, value: Variant): void;
  /**
   * Attaches `script` to the object, and instantiates it. As a result, the script's {@link Object._init} is called. A `Script` is used to extend the object's functionality.
   *
   * If a script already exists, its instance is detached, and its property values and state are lost. Built-in property values are still kept.
   */
  set_script(script: Variant): void;
  /** Sets the name of the translation domain used by {@link Object.tr} and {@link Object.tr_n}. See also `TranslationServer`. */
  set_translation_domain(domain: string): void;
  /** Returns a `String` representing the object. Defaults to `"<ClassName#RID>"`. Override {@link Object._to_string} to customize the string representation of the object. */
  to_string(): string;
  /**
   * Translates a `message`, using the translation catalogs configured in the Project Settings. Further `context` can be specified to help with the translation. Note that most `Control` nodes automatically translate their strings, so this method is mostly useful for formatted strings or custom drawn text.
   *
   * If {@link Object.can_translate_messages} is `false`, or no translation is available, this method returns the `message` without changes. See {@link Object.set_message_translation}.
   *
   * For detailed examples, see {@link https://docs.godotengine.org/en/4.6/tutorials/i18n/internationalizing_games.html | Internationalizing games}.
   *
   * **Note:** This method can't be used without an {@link Object} instance, as it requires the {@link Object.can_translate_messages} method. To translate strings in a static context, use `TranslationServer.translate`.
   *
   * Defaults: `context` = `&""`.
   */
  tr(message: string, context?: string): string;
  /**
   * Translates a `message` or `plural_message`, using the translation catalogs configured in the Project Settings. Further `context` can be specified to help with the translation.
   *
   * If {@link Object.can_translate_messages} is `false`, or no translation is available, this method returns `message` or `plural_message`, without changes. See {@link Object.set_message_translation}.
   *
   * The `n` is the number, or amount, of the message's subject. It is used by the translation system to fetch the correct plural form for the current language.
   *
   * For detailed examples, see {@link https://docs.godotengine.org/en/4.6/tutorials/i18n/localization_using_gettext.html | Localization using gettext}.
   *
   * **Note:** Negative and `float` numbers may not properly apply to some countable subjects. It's recommended to handle these cases with {@link Object.tr}.
   *
   * **Note:** This method can't be used without an {@link Object} instance, as it requires the {@link Object.can_translate_messages} method. To translate strings in a static context, use `TranslationServer.translate_plural`.
   *
   * Defaults: `context` = `&""`.
   */
  tr_n(message: string, plural_message: string, n: number, context?: string): string;
}

/** Types scoped to `Object`: its enums and signals. */
export declare namespace Object {
  /** One of the `Object.ConnectFlags` values. */
  type ConnectFlags = (typeof Object_ConnectFlags)[keyof typeof Object_ConnectFlags];
  /** Signal names → handler signatures. */
  interface Signals {
    /** Emitted when {@link Object.notify_property_list_changed} is called. */
    property_list_changed(): void;
    /**
     * Emitted when the object's script is changed.
     *
     * **Note:** When this signal is emitted, the new script is not initialized yet. If you need to access the new script, defer connections to this signal with {@link Object_ConnectFlags.CONNECT_DEFERRED}.
     */
    script_changed(): void;
  }
}

/** The `Object` class object: constructor, static methods, constants and enum objects. */
export interface ObjectStatic {
  new (): Object;
  readonly ConnectFlags: typeof Object_ConnectFlags;
  /** Notification received when the object is initialized, before its script is attached. Used internally. */
  readonly NOTIFICATION_POSTINITIALIZE: 0;
  /**
   * Notification received when the object is about to be deleted. Can be used like destructors in object-oriented programming languages.
   *
   * This notification is sent in reversed order.
   */
  readonly NOTIFICATION_PREDELETE: 1;
  /** Notification received when the object finishes hot reloading. This notification is only sent for extensions classes and derived. */
  readonly NOTIFICATION_EXTENSION_RELOADED: 2;
  /** Deferred connections trigger their `Callable`s on idle time (at the end of the frame), rather than instantly. */
  readonly CONNECT_DEFERRED: 1;
  /**
   * Persisting connections are stored when the object is serialized (such as when using `PackedScene.pack`). In the editor, connections created through the Signals dock are always persisting.
   *
   * **Note:** Connections to lambda functions (that is, when the function code is embedded in the {@link Object.connect} call) cannot be made persistent.
   */
  readonly CONNECT_PERSIST: 2;
  /** One-shot connections disconnect themselves after emission. */
  readonly CONNECT_ONE_SHOT: 4;
  /** Reference-counted connections can be assigned to the same `Callable` multiple times. Each disconnection decreases the internal counter. The signal fully disconnects only when the counter reaches 0. */
  readonly CONNECT_REFERENCE_COUNTED: 8;
  /**
   * On signal emission, the source object is automatically appended after the original arguments of the signal, regardless of the connected `Callable`'s unbinds which affect only the original arguments of the signal (see `Callable.unbind`, `Callable.get_unbound_arguments_count`).
   *
   * ```gdscript
   * extends Object
   *
   * signal test_signal
   *
   * func test():
   *     print(self) # Prints e.g. <Object#35332818393>
   *     test_signal.connect(prints.unbind(1), CONNECT_APPEND_SOURCE_OBJECT)
   *     test_signal.emit("emit_arg_1", "emit_arg_2") # Prints emit_arg_1 <Object#35332818393>
   * ```
   */
  readonly CONNECT_APPEND_SOURCE_OBJECT: 16;
}
