package org.heapsim.version;

/**
 * Error messages whose text differs between CPython versions, as data: each message lists the
 * text it has from a given minor version on (the entry with the highest version not above the
 * one simulated applies). Texts are {@link String#format} patterns. Measured on the installed
 * interpreters (testdata/programs/errors and builtins record them).
 */
public enum Message {
    /** How a function is named in argument errors: its name, then its qualified name from 3.10 */
    FUNCTION_IN_ARGUMENT_ERRORS(8, "%1$s()",
            10, "%2$s()"),
    /** int to decimal str beyond sys.get_int_max_str_digits() (long_to_decimal_string): the limit */
    INT_MAX_STR_DIGITS_TO_STR(8, "Exceeds the limit (%d) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit",
            11, "Exceeds the limit (%d digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit"),
    /** int(str) beyond the limit (PyLong_FromString): the limit and the number of digits */
    INT_MAX_STR_DIGITS_TO_INT(8, "Exceeds the limit (%d) for integer string conversion: value has %d digits; use sys.set_int_max_str_digits() to increase the limit",
            11, "Exceeds the limit (%d digits) for integer string conversion: value has %d digits; use sys.set_int_max_str_digits() to increase the limit"),
    /** UnboundLocalError */
    UNBOUND_LOCAL(8, "local variable '%s' referenced before assignment",
            11, "cannot access local variable '%s' where it is not associated with a value"),
    /** NameError for a free variable deleted in the enclosing scope */
    UNBOUND_FREE(8, "free variable '%s' referenced before assignment in enclosing scope",
            11, "cannot access free variable '%s' where it is not associated with a value in enclosing scope"),
    /** Setting an attribute a __slots__ instance without __dict__ has no slot for: the type name and the attribute */
    SETATTR_NO_SLOT(8, "'%s' object has no attribute '%s'",
            13, "'%s' object has no attribute '%s' and no __dict__ for setting new attributes"),
    /** Reading a property without a getter (property_descr_get): the repr of its name and of the type's qualname */
    PROPERTY_NO_GETTER(8, "unreadable attribute",
            10, "unreadable attribute %1$s",
            11, "property %1$s of %2$s object has no getter"),
    /** The same for a property that has no name (not assigned in a class body): the repr of the type's qualname */
    PROPERTY_NO_GETTER_UNNAMED(8, "unreadable attribute",
            11, "property of %1$s object has no getter"),
    /** Assigning a property without a setter (property_descr_set): the repr of its name and of the type's qualname */
    PROPERTY_NO_SETTER(8, "can't set attribute",
            10, "can't set attribute %1$s",
            11, "property %1$s of %2$s object has no setter"),
    /** The same for a property that has no name: the repr of the type's qualname */
    PROPERTY_NO_SETTER_UNNAMED(8, "can't set attribute",
            11, "property of %1$s object has no setter"),
    /** Deleting a property without a deleter: the repr of its name and of the type's qualname */
    PROPERTY_NO_DELETER(8, "can't delete attribute",
            10, "can't delete attribute %1$s",
            11, "property %1$s of %2$s object has no deleter"),
    /** The same for a property that has no name: the repr of the type's qualname */
    PROPERTY_NO_DELETER_UNNAMED(8, "can't delete attribute",
            11, "property of %1$s object has no deleter"),
    /** super() with more than two arguments: the number given */
    SUPER_TOO_MANY_ARGUMENTS(8, "super() takes at most 2 arguments (%d given)",
            11, "super() expected at most 2 arguments, got %d"),
    /** super(x, ...) where x is not a type: x's type name */
    SUPER_ARG_1(8, "super() argument 1 must be type, not %s",
            11, "super() argument 1 must be a type, not %s"),
    /** supercheck: "type" or "instance of", the name of obj (or of its type), the super's type name */
    SUPER_CHECK(8, "super(type, obj): obj must be an instance or subtype of type",
            13, "super(type, obj): obj (%s %s) is not an instance or subtype of type (%s)."),
    /** A keyword argument that a built-in (argument clinic) does not take: the keyword and the function name */
    INVALID_KEYWORD(8, "'%1$s' is an invalid keyword argument for %2$s()",
            13, "%2$s() got an unexpected keyword argument '%1$s'"),
    /** delattr of a missing instance attribute: the type name and the attribute */
    DELATTR_MISSING(8, "%2$s",
            11, "'%s' object has no attribute '%s'"),
    /** int % 0 */
    INT_MODULO_BY_ZERO(8, "integer division or modulo by zero",
            11, "integer modulo by zero"),
    /** float // 0 */
    FLOAT_FLOORDIV_BY_ZERO(8, "float divmod()",
            9, "float floor division by zero"),
    /** float % 0 */
    FLOAT_MODULO_BY_ZERO(8, "float modulo",
            13, "float modulo by zero"),
    /** min()/max() of an empty iterable: the function name */
    EMPTY_MIN_MAX(8, "%s() arg is an empty sequence",
            12, "%s() iterable argument is empty"),
    /** isinstance() with a second argument that is not a type */
    ISINSTANCE_ARG_2(8, "isinstance() arg 2 must be a type or tuple of types",
            10, "isinstance() arg 2 must be a type, a tuple of types, or a union"),
    /** int() of an unsupported type: the type name */
    INT_ARGUMENT(8, "int() argument must be a string, a bytes-like object or a number, not '%s'",
            10, "int() argument must be a string, a bytes-like object or a real number, not '%s'"),
    /** float() of an unsupported type: the type name */
    FLOAT_ARGUMENT(8, "float() argument must be a string or a number, not '%s'",
            10, "float() argument must be a string or a real number, not '%s'"),
    /** '%f' of a non-number: the type name (the same on 3.8-3.13, measured) */
    PERCENT_FLOAT_ARGUMENT(8, "must be real number, not %s"),
    /** {@code [*x]}, {@code (*x,)}, {@code f(a, *x)} of a non-iterable (3.8: BUILD_LIST_UNPACK's iter() error): the type name */
    VALUE_AFTER_STAR(8, "'%s' object is not iterable",
            9, "Value after * must be an iterable, not %s"),
    /** {@code with x:} where x's type has no __enter__: the type name */
    WITH_NO_ENTER(8, "__enter__",
            11, "'%s' object does not support the context manager protocol"),
    /** {@code with x:} where x's type has __enter__ but no __exit__: the type name */
    WITH_NO_EXIT(8, "__exit__",
            11, "'%s' object does not support the context manager protocol (missed __exit__ method)"),
    /** '%d' (or another integer conversion) of a non-number: the conversion and the type name */
    PERCENT_INT_ARGUMENT(8, "%%%s format: a number is required, not %s",
            10, "%%%s format: a real number is required, not %s"),
    /** A METH_NOARGS or METH_O method in argument errors: the type and method names */
    METHOD_NAME(8, "%2$s",
            9, "%1$s.%2$s"),
    /** str.find/index/count/startswith... called without arguments: the method and the count given */
    STR_SEARCH_ARITY(8, "%1$s() takes at least 1 argument (%2$d given)",
            13, "%1$s expected at least 1 argument, got %2$d"),
    /** str.find/index/count... with a non-str substring: the method and the type name */
    STR_SEARCH_ARG(8, "must be str, not %2$s",
            13, "%1$s() argument 1 must be str, not %2$s"),
    /** str.replace with fewer than two arguments: the count given */
    STR_REPLACE_ARITY(8, "replace expected at least 2 arguments, got %d",
            13, "replace() takes at least 2 positional arguments (%d given)"),
    /** "abc"[1.5]: the index's type name */
    STRING_INDICES(8, "string indices must be integers",
            11, "string indices must be integers, not '%s'"),
    /** chr("a"): the type name */
    CHR_ARGUMENT(8, "an integer is required (got type %s)",
            10, "'%s' object cannot be interpreted as an integer"),
    /** enumerate() without its iterable */
    ENUMERATE_MISSING_ITERABLE(8, "enumerate() missing required argument 'iterable' (pos 1)",
            11, "enumerate() missing required argument 'iterable'"),
    /** zip(..., name=v) with a keyword it does not take (3.10+ take strict=): the keyword */
    ZIP_BAD_KEYWORD(8, "zip() takes no keyword arguments",
            10, "'%s' is an invalid keyword argument for zip()",
            13, "zip() got an unexpected keyword argument '%s'"),
    /** A built-in taking at least one argument called with none (range(), min(), max()): the name */
    EXPECTED_AT_LEAST_ONE(8, "%s expected 1 argument, got 0",
            9, "%s expected at least 1 argument, got 0"),
    /** getattr(o, 5) / hasattr(o, 5): the function and the type name */
    GETATTR_NAME_NOT_STR(8, "%1$s(): attribute name must be string",
            10, "attribute name must be string, not '%2$s'"),
    /** issubclass(C, 5) */
    ISSUBCLASS_ARG_2(8, "issubclass() arg 2 must be a class or tuple of classes",
            10, "issubclass() arg 2 must be a class, a tuple of classes, or a union"),
    /** iter(5, sentinel) */
    ITER_NOT_CALLABLE(8, "iter(v, w): v must be callable",
            12, "iter(object, sentinel): object must be callable");

    private final int[] since;
    private final String[] texts;

    Message(Object... sinceAndText) {
        since = new int[sinceAndText.length / 2];
        texts = new String[sinceAndText.length / 2];
        for (int i = 0; i < since.length; i++) {
            since[i] = (Integer) sinceAndText[2 * i];
            texts[i] = (String) sinceAndText[2 * i + 1];
        }
    }

    /** The text for 3.minor with its arguments filled in. */
    public String format(int minor, Object... args) {
        String text = texts[0];
        for (int i = 0; i < since.length; i++) {
            if (minor >= since[i]) {
                text = texts[i];
            }
        }
        return String.format(text, args);
    }
}
