import type { ParamModel } from "../ir/types.js";
import { applyTerms } from "./similarity.js";
import { godotTypeName } from "../ir/type-names.js";
import { relateTypes, type RenameContext, type TypeRelation } from "./type-compare.js";
import type { Change } from "./types.js";

function formatParam(param: ParamModel): string {
  const base = `${param.name}: ${godotTypeName(param.type)}`;
  return param.default === null ? base : `${base} = ${param.default}`;
}

function formatParams(params: readonly ParamModel[]): string {
  return `(${params.map(formatParam).join(", ")})`;
}

function typeChange(
  relation: TypeRelation,
  oldParam: ParamModel,
  newParam: ParamModel,
): Change | null {
  const oldType = godotTypeName(oldParam.type);
  const newType = godotTypeName(newParam.type);
  const where = `parameter ${newParam.index} ${newParam.name}`;
  switch (relation.kind) {
    case "same":
      return null;
    case "renamed":
      // Breaking once, on the renamed class's own entry; not again at every use.
      return {
        aspect: "parameter-type",
        detail: `${where}: type renamed ${oldType} → ${newType}`,
        old: oldType,
        new: newType,
        breaking: false,
      };
    case "compatible":
      return {
        aspect: "parameter-type",
        detail: `${where}: ${oldType} → ${newType} (${relation.why})`,
        old: oldType,
        new: newType,
        breaking: false,
      };
    case "changed":
      return {
        aspect: "parameter-type",
        detail: `${where}: ${oldType} → ${newType}`,
        old: oldType,
        new: newType,
        breaking: true,
      };
  }
}

function defaultChange(oldParam: ParamModel, newParam: ParamModel): Change | null {
  if (oldParam.default === newParam.default) return null;
  const where = `parameter ${newParam.index} ${newParam.name}`;
  if (newParam.default === null) {
    return {
      aspect: "parameter-default",
      detail: `${where}: default ${oldParam.default} removed, now required`,
      old: oldParam.default ?? undefined,
      breaking: true,
    };
  }
  if (oldParam.default === null) {
    return {
      aspect: "parameter-default",
      detail: `${where}: now optional, default ${newParam.default}`,
      new: newParam.default,
      breaking: false,
    };
  }
  return {
    aspect: "parameter-default",
    detail: `${where}: default ${oldParam.default} → ${newParam.default}`,
    old: oldParam.default,
    new: newParam.default,
    breaking: false,
  };
}

/** A parameter a caller must pass: no default, and not the vararg rest. */
function isRequired(param: ParamModel): boolean {
  return param.default === null;
}

/**
 * Compares two parameter lists positionally (GDScript passes arguments by position). When the
 * names diverge from some index on and none of the old names survive in the new tail, the tail
 * was replaced (`use_ssl, verify_host` → `tls_options`): that is reported as one change rather
 * than as unrelated renames, retypes and removals.
 */
export function compareParams(
  oldParams: readonly ParamModel[],
  newParams: readonly ParamModel[],
  renames: RenameContext,
  terms: Readonly<Record<string, string>>,
  kind: "method" | "signal",
): Change[] {
  const details: Change[] = [];
  const sameName = (a: ParamModel, b: ParamModel): boolean =>
    applyTerms(a.name, terms) === applyTerms(b.name, terms);
  const firstRenamed = oldParams.findIndex(
    (param, i) => newParams[i] !== undefined && !sameName(param, newParams[i] as ParamModel),
  );
  const oldTail = firstRenamed < 0 ? [] : oldParams.slice(firstRenamed);
  const newTail = firstRenamed < 0 ? [] : newParams.slice(firstRenamed);
  // Names alone changing (`idx` → `index`) is a renaming of positional parameters, not a replacement.
  const tailReshaped =
    oldTail.length !== newTail.length ||
    oldTail.some(
      (o, i) =>
        relateTypes(o.type, (newTail[i] as ParamModel).type, renames, "parameter").kind ===
        "changed",
    );
  const tailReplaced =
    firstRenamed >= 0 && tailReshaped && !oldTail.some((o) => newTail.some((n) => sameName(o, n)));
  const alignedCount = tailReplaced ? firstRenamed : Math.min(oldParams.length, newParams.length);

  for (let i = 0; i < alignedCount; i++) {
    const oldParam = oldParams[i] as ParamModel;
    const newParam = newParams[i] as ParamModel;
    if (oldParam.name !== newParam.name) {
      // Callers pass arguments by position, so a new parameter name alone breaks nothing.
      details.push({
        aspect: "parameter-name",
        detail: `parameter ${i}: ${oldParam.name} → ${newParam.name}`,
        old: oldParam.name,
        new: newParam.name,
        breaking: false,
      });
    }
    const retyped = typeChange(
      relateTypes(oldParam.type, newParam.type, renames, "parameter"),
      oldParam,
      newParam,
    );
    if (retyped !== null) details.push(retyped);
    if (kind === "method") {
      const defaulted = defaultChange(oldParam, newParam);
      if (defaulted !== null) details.push(defaulted);
    }
  }

  if (tailReplaced) {
    details.push({
      aspect: "parameters-replaced",
      detail: `parameters ${oldTail.map((p) => p.name).join(", ")} replaced by ${newTail.map((p) => p.name).join(", ") || "nothing"}: ${oldTail.map(formatParam).join(", ")} → ${newTail.map(formatParam).join(", ")}`,
      old: oldTail.map((p) => p.name).join(", "),
      new: newTail.map((p) => p.name).join(", "),
      breaking: replacementBreaks(oldTail, newTail, renames, kind),
    });
  } else {
    for (const removed of oldParams.slice(newParams.length)) {
      details.push({
        aspect: "parameter-removed",
        detail: `parameter ${removed.index} ${formatParam(removed)} removed`,
        old: removed.name,
        breaking: true,
      });
    }
    for (const added of newParams.slice(oldParams.length)) {
      // A signal handler receives every argument, so any new signal parameter can break handlers.
      const breaking = kind === "signal" || isRequired(added);
      const what = isRequired(added) ? "required" : "optional";
      details.push({
        aspect: "parameter-added",
        detail: `${what} parameter ${added.index} ${formatParam(added)} added`,
        new: added.name,
        breaking,
      });
    }
  }
  if (details.length === 0) return [];
  const summary: Change = {
    aspect: "parameters",
    detail: `${formatParams(oldParams)} → ${formatParams(newParams)}`,
    old: formatParams(oldParams),
    new: formatParams(newParams),
    breaking: details.some((change) => change.breaking),
  };
  return [summary, ...details];
}

/** A replaced tail breaks callers unless it still accepts every old call, position by position. */
function replacementBreaks(
  oldTail: readonly ParamModel[],
  newTail: readonly ParamModel[],
  renames: RenameContext,
  kind: "method" | "signal",
): boolean {
  if (oldTail.length !== newTail.length && (kind === "signal" || oldTail.length > newTail.length))
    return true;
  return newTail.some((newParam, i) => {
    const oldParam = oldTail[i];
    if (oldParam === undefined) return isRequired(newParam);
    if (isRequired(newParam) && !isRequired(oldParam)) return true;
    const relation = relateTypes(oldParam.type, newParam.type, renames, "parameter").kind;
    return relation === "changed";
  });
}
