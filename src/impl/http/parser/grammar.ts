// RFC 9110 §5.6 building blocks as regular-expression source, shared by the field and chunk rules.

/** token = 1*tchar */
export const TOKEN = "[!#$%&'*+\\-.^_`|~0-9A-Za-z]+";
/** quoted-string = DQUOTE *( qdtext / quoted-pair ) DQUOTE */
export const QUOTED_STRING =
  '"(?:[\\t \\x21\\x23-\\x5b\\x5d-\\x7e\\x80-\\xff]|\\\\[\\t \\x21-\\x7e\\x80-\\xff])*"';
/** Optional / bad whitespace: SP or HTAB. */
export const OWS = "[ \\t]*";
