import type { ClassModel, ParamModel, TypeRef } from "../ir/types.js";

/** Returns a copy of `model` with every TypeRef passed through `replace` (deeply, containers included). */
export function mapClassTypes(model: ClassModel, replace: (type: TypeRef) => TypeRef): ClassModel {
  const deep = (type: TypeRef): TypeRef => {
    switch (type.kind) {
      case "array":
        return replace({ ...type, element: type.element === null ? null : deep(type.element) });
      case "dictionary":
        return replace({
          ...type,
          key: type.key === null ? null : deep(type.key),
          value: type.value === null ? null : deep(type.value),
        });
      default:
        return replace(type);
    }
  };
  const params = (list: readonly ParamModel[]) =>
    list.map((param) => ({ ...param, type: deep(param.type) }));
  const method = <M extends ClassModel["methods"][number]>(m: M): M => ({
    ...m,
    returnType: deep(m.returnType),
    params: params(m.params),
  });
  return {
    ...model,
    methods: model.methods.map(method),
    constructors: model.constructors.map(method),
    operators: model.operators.map(method),
    annotations: model.annotations.map(method),
    properties: model.properties.map((property) => ({ ...property, type: deep(property.type) })),
    signals: model.signals.map((signal) => ({ ...signal, params: params(signal.params) })),
    themeItems: model.themeItems.map((item) => ({ ...item, type: deep(item.type) })),
  };
}
