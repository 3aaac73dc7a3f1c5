package org.heapsim.python.parse;

/**
 * Every compile-time message whose text depends on the CPython minor version, in one place.
 * The texts were recorded from the real interpreters (see src/test/resources/parse/errors/record.py):
 * 3.8 has the LL(1) parser's terse messages, 3.9 the first PEG parser, 3.10+ the improved messages
 * of {@code Grammar/python.gram}'s invalid_* rules.
 */
public final class SyntaxMessages {
    private final int minor;

    public SyntaxMessages(int minor) {
        if (minor < 8 || minor > 13) {
            throw new IllegalArgumentException("unsupported Python version 3." + minor);
        }
        this.minor = minor;
    }

    public int minor() {
        return minor;
    }

    /**
     * From 3.10 pegen tokenizes the rest of the file after the parser failed
     * ({@code _PyPegen_tokenize_full_source_to_check_for_errors}) and reports a tokenizer error
     * found there instead of any error the parser raised.
     */
    public boolean tokenizerErrorsOverride() {
        return minor >= 10;
    }

    public String invalidSyntax() {
        return "invalid syntax";
    }

    public String expectedColon() {
        return minor >= 10 ? "expected ':'" : invalidSyntax();
    }

    public String forgotComma() {
        return minor >= 10 ? "invalid syntax. Perhaps you forgot a comma?" : invalidSyntax();
    }

    public String maybeMeantEquals() {
        return minor >= 10 ? "invalid syntax. Maybe you meant '==' or ':=' instead of '='?" : invalidSyntax();
    }

    public String dictKeyNeedsColon() {
        return minor >= 10 ? "':' expected after dictionary key" : invalidSyntax();
    }

    /** An unclosed bracket at end of file: 3.10+ names the bracket, older versions say unexpected EOF. */
    public boolean reportsNeverClosed() {
        return minor >= 10;
    }

    public String neverClosed(char paren) {
        return "'" + paren + "' was never closed";
    }

    public String unexpectedEof() {
        return "unexpected EOF while parsing";
    }

    public String unmatched(char paren) {
        return "unmatched '" + paren + "'";
    }

    public String mismatchedParen(char close, char open) {
        return "closing parenthesis '" + close + "' does not match opening parenthesis '" + open + "'";
    }

    /** 3.10+ report an unterminated string at its start; older versions at the end of the line. */
    public boolean unterminatedStringAtStart() {
        return minor >= 10;
    }

    /** fString: 3.12+ tokenize f-strings themselves and name them in the message. */
    public String unterminatedString(int detectedAtLine, boolean fString) {
        String kind = fString && minor >= 12 ? "f-string" : "string";
        return minor >= 10 ? "unterminated " + kind + " literal (detected at line " + detectedAtLine + ")"
                : "EOL while scanning string literal";
    }

    public String unterminatedTripleString(int detectedAtLine, boolean fString) {
        String kind = fString && minor >= 12 ? "f-string" : "string";
        return minor >= 10 ? "unterminated triple-quoted " + kind + " literal (detected at line " + detectedAtLine + ")"
                : "EOF while scanning triple-quoted string literal";
    }

    public String unexpectedIndent() {
        return "unexpected indent";
    }

    /** what is e.g. "'if' statement" or "function definition". */
    public String expectedIndentedBlock(String what, int headerLine) {
        return minor >= 10 ? "expected an indented block after " + what + " on line " + headerLine
                : "expected an indented block";
    }

    /**
     * 3.8/3.9 read a script file line by line and report an error found at end of file on the
     * (empty) line after the last one; compile() of a string reports the last line instead.
     */
    public boolean eofErrorsAfterLastLine() {
        return minor <= 9;
    }

    /** 3.8 reports a block missing at end of file as a plain SyntaxError about EOF. */
    public boolean missingBlockAtEofIsUnexpectedEof() {
        return minor == 8;
    }

    public String unindentMismatch() {
        return "unindent does not match any outer indentation level";
    }

    public String inconsistentTabs() {
        return "inconsistent use of tabs and spaces in indentation";
    }

    /** what is "literal", "function call", "expression", ... (CPython's _PyPegen_get_expr_name). */
    public String cannotAssign(String what, boolean inAssignStatement) {
        boolean suggest = minor >= 10 && inAssignStatement && !isKeywordConstant(what);
        return "cannot assign to " + what + (suggest ? " here. Maybe you meant '==' instead of '='?" : "");
    }

    private static boolean isKeywordConstant(String what) {
        return what.equals("True") || what.equals("False") || what.equals("None") || what.equals("__debug__");
    }

    /** 3.8 checks assignability first, so only an assignable tuple or list gets the generic augmented message. */
    public String cannotAugAssign(String what) {
        if (minor >= 9) {
            return "'" + what + "' is an illegal expression for augmented assignment";
        }
        return what.equals("tuple") || what.equals("list") ? "illegal expression for augmented assignment"
                : cannotAssign(what, false);
    }

    public String assignToYield() {
        return "assignment to yield expression not possible";
    }

    public String keywordCannotBeExpression() {
        return "expression cannot contain assignment, perhaps you meant \"==\"?";
    }

    /** null before 3.10, where CPython says "invalid syntax". */
    public String expectedElseInConditional() {
        return minor >= 10 ? "expected 'else' after 'if' expression" : null;
    }

    public String expectedOpenParen() {
        return minor >= 11 ? "expected '('" : invalidSyntax();
    }

    public String iterableUnpackingAfterKeywordUnpacking() {
        return "iterable argument unpacking follows keyword argument unpacking";
    }

    public String argumentsAfterVarKeyword() {
        return minor >= 11 ? "arguments cannot follow var-keyword argument" : invalidSyntax();
    }

    public String slashFirst() {
        return minor >= 11 ? "at least one argument must precede /" : invalidSyntax();
    }

    public String trailingCommaInImport() {
        return "trailing comma not allowed without surrounding parentheses";
    }

    public String namesAfterImport() {
        return minor >= 13 ? "Expected one or more names after 'import'" : invalidSyntax();
    }

    public String invalidStarExpression() {
        return minor >= 13 ? "Invalid star expression" : invalidSyntax();
    }

    public String importStarOutsideModule() {
        return "import * only allowed at module level";
    }

    public String cannotDelete(String what) {
        return "cannot delete " + what;
    }

    public String keywordArgumentRepeated(String name) {
        return minor >= 9 ? "keyword argument repeated: " + name : "keyword argument repeated";
    }

    public String positionalFollowsKeyword() {
        return "positional argument follows keyword argument";
    }

    public String positionalFollowsKeywordUnpacking() {
        return "positional argument follows keyword argument unpacking";
    }

    public String nonDefaultFollowsDefault() {
        return minor >= 12 ? "parameter without a default follows parameter with a default"
                : "non-default argument follows default argument";
    }

    public String bareStar() {
        return "named arguments must follow bare *";
    }

    public String duplicateArgument(String name) {
        return "duplicate argument '" + name + "' in function definition";
    }

    public String multipleStarred() {
        return minor >= 9 ? "multiple starred expressions in assignment" : "two starred expressions in assignment";
    }

    public String starredMustBeInListOrTuple() {
        return "starred assignment target must be in a list or tuple";
    }

    public String cannotUseStarredHere() {
        return "can't use starred expression here";
    }

    public String unpackingInComprehension() {
        return minor >= 9 ? "iterable unpacking cannot be used in comprehension" : invalidSyntax();
    }

    public String walrusTarget(String what) {
        return "cannot use assignment expressions with " + what;
    }

    public String leadingZeros() {
        return "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers";
    }

    public String invalidDigit(String kind, char digit) {
        return minor >= 10 ? "invalid digit '" + digit + "' in " + kind + " literal" : invalidSyntax();
    }

    public String invalidLiteral(String kind) {
        return "invalid " + kind + " literal";
    }

    public String invalidCharacter(int codePoint) {
        return minor >= 9 ? String.format("invalid character '%s' (U+%04X)", Character.toString(codePoint), codePoint)
                : "invalid character in identifier";
    }

    public String afterLineContinuation() {
        return "unexpected character after line continuation character";
    }

    public String fstringEmptyExpression() {
        return minor >= 12 ? "f-string: valid expression required before '}'" : "f-string: empty expression not allowed";
    }

    public String fstringExpectingBrace() {
        return "f-string: expecting '}'";
    }

    public String fstringSingleClosingBrace() {
        return "f-string: single '}' is not allowed";
    }

    public String fstringBackslash() {
        return "f-string expression part cannot include a backslash";
    }

    /** conversion is the character after '!', or '}' / ':' when it is missing. */
    public String fstringInvalidConversion(char conversion) {
        if (minor < 12) {
            return "f-string: invalid conversion character: expected 's', 'r', or 'a'";
        }
        return conversion == '}' || conversion == ':' ? "f-string: missing conversion character"
                : "f-string: invalid conversion character '" + conversion + "': expected 's', 'r', or 'a'";
    }

    public String fstringNestedTooDeeply() {
        return "f-string: expressions nested too deeply";
    }

    public String bytesNonAscii() {
        return "bytes can only contain ASCII literal characters";
    }

    public String mixBytes() {
        return "cannot mix bytes and nonbytes literals";
    }

    public String truncatedEscape(String what, int start, int end) {
        return "(unicode error) 'unicodeescape' codec can't decode bytes in position " + start + "-" + end
                + ": truncated " + what + " escape";
    }

    public String returnOutsideFunction() {
        return "'return' outside function";
    }

    public String breakOutsideLoop() {
        return "'break' outside loop";
    }

    public String continueOutsideLoop() {
        return "'continue' not properly in loop";
    }

    public String yieldOutsideFunction() {
        return "'yield' outside function";
    }

    public String nonlocalAtModuleLevel() {
        return "nonlocal declaration not allowed at module level";
    }

    public String noBindingForNonlocal(String name) {
        return "no binding for nonlocal '" + name + "' found";
    }

    public String assignedBeforeGlobal(String name) {
        return "name '" + name + "' is assigned to before global declaration";
    }

    public String usedBeforeGlobal(String name) {
        return "name '" + name + "' is used prior to global declaration";
    }

    public String assignedBeforeNonlocal(String name) {
        return "name '" + name + "' is assigned to before nonlocal declaration";
    }

    public String usedBeforeNonlocal(String name) {
        return "name '" + name + "' is used prior to nonlocal declaration";
    }

    public String parameterAndGlobal(String name) {
        return "name '" + name + "' is parameter and global";
    }

    public String parameterAndNonlocal(String name) {
        return "name '" + name + "' is parameter and nonlocal";
    }

    public String nonlocalAndGlobal(String name) {
        return "name '" + name + "' is nonlocal and global";
    }

    public String yieldInsideComprehension(String kind) {
        return "'yield' inside " + kind;
    }

    public String walrusInComprehensionIterable() {
        return "assignment expression cannot be used in a comprehension iterable expression";
    }

    public String walrusRebindsIterationVariable(String name) {
        return "assignment expression cannot rebind comprehension iteration variable '" + name + "'";
    }

    public String walrusInClassComprehension() {
        return "assignment expression within a comprehension cannot be used in a class body";
    }

    /** The SyntaxWarning for {@code x is 1}; typeName is the literal's Python type name. */
    public String isLiteralWarning(boolean isNot, String typeName) {
        String op = isNot ? "\"is not\"" : "\"is\"";
        String suggestion = isNot ? "\"!=\"" : "\"==\"";
        String literal = minor >= 12 ? "'" + typeName + "' literal" : "a literal";
        return op + " with " + literal + ". Did you mean " + suggestion + "?";
    }
}
