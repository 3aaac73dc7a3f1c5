package org.heapsim.python.parse;

/** The token kinds of CPython's tokenizer that the parser needs (comments and NL are dropped). */
public enum TokenType { NAME, NUMBER, STRING, OP, NEWLINE, INDENT, DEDENT, ENDMARKER, ERRORTOKEN }
