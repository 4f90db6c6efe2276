// Deliberately broken implementations: each must fail to type-check against the generated API.
// Every failing line carries @ts-expect-error, so the project's own `tsc` stays clean and also
// fails if the check ever stops catching them; test/conformance/types.test.ts compiles this file
// again without those comments and asserts that each error names the missing or mistyped member.
// It is type-checked only, never run.
// The bases are built from the generated interface itself, so exactly one member is wrong in each
// case whatever state src/impl is in.
import type {
  TLSOptions as TLSOptionsApi,
  TLSOptionsStatic,
} from "../../../generated/TLSOptions.js";

/** Every member of the API except `is_server`. */
declare const WithoutIsServer: new () => Omit<TLSOptionsApi, "is_server">;

// @ts-expect-error -- a class missing a documented member does not implement the interface.
export class MissingMember extends WithoutIsServer implements TLSOptionsApi {}

/** `is_server` returning a string instead of a boolean. */
declare const WithStringIsServer: new () => Omit<TLSOptionsApi, "is_server"> & {
  is_server(): string;
};

// @ts-expect-error -- a mistyped member does not implement the interface either.
export class MistypedMember extends WithStringIsServer implements TLSOptionsApi {}

/** The class object without the static factory `client()`. */
declare const withoutClient: Omit<TLSOptionsStatic, "client">;

// @ts-expect-error -- the static side misses client(): the facade's annotation would reject it.
export const missingStatic: TLSOptionsStatic = withoutClient;
