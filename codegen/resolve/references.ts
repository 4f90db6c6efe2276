import type { ClassModel, ParamModel, SourceLocation, TypeRef } from "../ir/types.js";

/** A type name used somewhere in a class, with where it was written. */
export interface TypeReference {
  /** A class name (`TLSOptions`, `Vector2`), or the owner of an enum (`HTTPClient` for `HTTPClient.Status`). */
  readonly className: string | null;
  /** Set for enum references: the enum's name inside its owner (or @GlobalScope when owner is null). */
  readonly enumName: string | null;
  readonly loc: SourceLocation;
}

/** Every type reference a class's members make, in document order (deterministic). */
export function referencesOf(model: ClassModel): TypeReference[] {
  const found: TypeReference[] = [];
  const visit = (type: TypeRef, loc: SourceLocation): void => {
    switch (type.kind) {
      case "class":
        found.push({ className: type.name, enumName: null, loc });
        return;
      case "enum":
        found.push({ className: type.owner, enumName: type.name, loc });
        return;
      case "array":
        if (type.element !== null) visit(type.element, loc);
        return;
      case "dictionary":
        if (type.key !== null) visit(type.key, loc);
        if (type.value !== null) visit(type.value, loc);
        return;
      default:
        return;
    }
  };
  const visitParams = (params: readonly ParamModel[]): void => {
    for (const param of params) visit(param.type, param.loc);
  };
  for (const method of [
    ...model.methods,
    ...model.constructors,
    ...model.operators,
    ...model.annotations,
  ]) {
    visit(method.returnType, method.loc);
    visitParams(method.params);
  }
  for (const property of model.properties) visit(property.type, property.loc);
  for (const signal of model.signals) visitParams(signal.params);
  for (const item of model.themeItems) visit(item.type, item.loc);
  return found;
}
