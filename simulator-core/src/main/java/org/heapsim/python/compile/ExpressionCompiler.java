package org.heapsim.python.compile;

import java.util.ArrayList;
import java.util.List;
import org.heapsim.heap.Unsupported;
import org.heapsim.python.ast.Pos;
import org.heapsim.python.ast.Arguments;
import org.heapsim.python.ast.CmpOp;
import org.heapsim.python.ast.Comprehension;
import org.heapsim.python.ast.Ctx;
import org.heapsim.python.ast.Expr;
import org.heapsim.python.ast.Keyword;
import org.heapsim.python.ast.Operator;
import org.heapsim.python.scope.Scope;
import org.heapsim.python.vm.BinaryOp;
import org.heapsim.python.vm.Code;
import org.heapsim.python.vm.CodeBuilder.Label;
import org.heapsim.python.vm.CompareOp;
import org.heapsim.python.vm.Op;

/**
 * Expressions, in the order of loads, calls and pops of CPython 3.11's {@code compiler_visit_expr}
 * and its helpers (named on each method): that order decides when each temporary dies.
 */
abstract class ExpressionCompiler extends CodeUnit {
    /** compile.c's STACK_USE_GUIDELINE: longer displays and calls are built piecewise. */
    static final int STACK_USE_GUIDELINE = 30;
    /** LIST_EXTEND's flag for a call's positional arguments (vm.Displays.CALL_ARGUMENTS). */
    private static final int CALL_ARGUMENTS = 0x100;

    enum ComprehensionKind { GENEXP, LISTCOMP, SETCOMP, DICTCOMP }

    ExpressionCompiler(Compilation cx, Scope scope, CodeUnit parent, String qualname, String privateName) {
        super(cx, scope, parent, qualname, privateName);
    }

    final void exprs(List<Expr> es) {
        for (Expr e : es) {
            expr(e);
        }
    }

    /** compiler_visit_expr: the location is the expression's while it compiles, then restored. */
    final void expr(Expr e) {
        Pos saved = loc;
        setLine(e.pos());
        Object folded = Folding.constantOf(e);
        if (folded != null) {
            loadConst(folded);
        } else {
            visit(e);
        }
        restoreLine(saved);
    }

    private void visit(Expr e) {
        if (e instanceof Expr.Name n) {
            if (n.ctx() != Ctx.Load) {
                throw new IllegalStateException("store target compiled as a value");
            }
            nameOp(n.id(), Ctx.Load);
        } else if (e instanceof Expr.Constant c) {
            loadConst(c.value());
        } else if (e instanceof Expr.BinOp bo) {
            expr(bo.left());
            expr(bo.right());
            emit(Op.BINARY_OP, binaryOp(bo.op(), false).ordinal());
        } else if (e instanceof Expr.UnaryOp u) {
            unary(u);
        } else if (e instanceof Expr.BoolOp bo) {
            boolOp(bo);
        } else if (e instanceof Expr.Compare c) {
            compare(c);
        } else if (e instanceof Expr.Call c) {
            call(c);
        } else if (e instanceof Expr.Attribute a) {
            expr(a.value());
            emit(Op.LOAD_ATTR, nameIndex(mangle(a.attr())));
        } else if (e instanceof Expr.Subscript s) {
            expr(s.value());
            expr(s.slice());
            emit(Op.BINARY_SUBSCR);
        } else if (e instanceof Expr.Slice s) {
            slice(s);
        } else if (e instanceof Expr.Tuple t) {
            starUnpack(t.elts(), Op.BUILD_LIST, Op.LIST_APPEND, Op.LIST_EXTEND, true);
        } else if (e instanceof Expr.ListExpr l) {
            starUnpack(l.elts(), Op.BUILD_LIST, Op.LIST_APPEND, Op.LIST_EXTEND, false);
        } else if (e instanceof Expr.Set s) {
            starUnpack(s.elts(), Op.BUILD_SET, Op.SET_ADD, Op.SET_UPDATE, false);
        } else if (e instanceof Expr.Dict d) {
            dict(d);
        } else if (e instanceof Expr.IfExp i) {
            Label next = b.label();
            Label end = b.label();
            jumpIf(i.test(), next, false);
            expr(i.body());
            jump(Op.JUMP, end);
            place(next);
            expr(i.orelse());
            place(end);
        } else if (e instanceof Expr.NamedExpr n) {
            expr(n.value());
            emit(Op.COPY, 1);
            store(n.target());
        } else if (e instanceof Expr.Lambda l) {
            lambda(l);
        } else if (e instanceof Expr.ListComp c) {
            comprehension(c, c.generators(), c.elt(), null, ComprehensionKind.LISTCOMP);
        } else if (e instanceof Expr.SetComp c) {
            comprehension(c, c.generators(), c.elt(), null, ComprehensionKind.SETCOMP);
        } else if (e instanceof Expr.DictComp c) {
            comprehension(c, c.generators(), c.key(), c.value(), ComprehensionKind.DICTCOMP);
        } else if (e instanceof Expr.GeneratorExp c) {
            comprehension(c, c.generators(), c.elt(), null, ComprehensionKind.GENEXP);
        } else if (e instanceof Expr.Yield y) {
            if (y.value() != null) {
                expr(y.value());
            } else {
                loadNone();
            }
            emit(Op.YIELD_VALUE);
        } else if (e instanceof Expr.YieldFrom y) {
            expr(y.value());
            emit(Op.GET_YIELD_FROM_ITER);
            yieldFrom();
        } else if (e instanceof Expr.JoinedStr j) {
            joinedStr(j);
        } else if (e instanceof Expr.FormattedValue f) {
            formattedValue(f);
        } else if (e instanceof Expr.Starred s) {
            throw new Unsupported("a starred expression here");
        }
    }

    /** compiler_add_yield_from: the subiterator and None (the first value sent) are on the stack. */
    final void yieldFrom() {
        loadNone();
        Label send = b.label();
        Label exit = b.label();
        place(send);
        jump(Op.SEND, exit);
        emit(Op.YIELD_VALUE);
        jump(Op.JUMP, send);
        place(exit);
    }

    static BinaryOp binaryOp(Operator op, boolean inplace) {
        BinaryOp plain = switch (op) {
            case Add -> BinaryOp.ADD;
            case Sub -> BinaryOp.SUB;
            case Mult -> BinaryOp.MUL;
            case MatMult -> BinaryOp.MATMUL;
            case Div -> BinaryOp.TRUEDIV;
            case Mod -> BinaryOp.MOD;
            case Pow -> BinaryOp.POW;
            case LShift -> BinaryOp.LSHIFT;
            case RShift -> BinaryOp.RSHIFT;
            case BitOr -> BinaryOp.OR;
            case BitXor -> BinaryOp.XOR;
            case BitAnd -> BinaryOp.AND;
            case FloorDiv -> BinaryOp.FLOORDIV;
        };
        return inplace ? BinaryOp.valueOf("I" + plain.name()) : plain;
    }

    /** fold_unaryop also turns {@code not a is b} into {@code a is not b} (and in / not in). */
    private void unary(Expr.UnaryOp u) {
        switch (u.op()) {
            case Not -> {
                if (u.operand() instanceof Expr.Compare c && c.ops().size() == 1) {
                    CmpOp inverted = switch (c.ops().get(0)) {
                        case Is -> CmpOp.IsNot;
                        case IsNot -> CmpOp.Is;
                        case In -> CmpOp.NotIn;
                        case NotIn -> CmpOp.In;
                        default -> null;
                    };
                    if (inverted != null) {
                        compare(new Expr.Compare(c.left(), List.of(inverted), c.comparators(), c.pos()));
                        return;
                    }
                }
                expr(u.operand());
                emit(Op.UNARY_NOT);
            }
            case USub -> {
                expr(u.operand());
                emit(Op.UNARY_NEGATIVE);
            }
            case UAdd -> {
                expr(u.operand());
                emit(Op.UNARY_POSITIVE);
            }
            case Invert -> {
                expr(u.operand());
                emit(Op.UNARY_INVERT);
            }
        }
    }

    /** compiler_boolop. */
    private void boolOp(Expr.BoolOp bo) {
        int jumpOp = bo.op() == org.heapsim.python.ast.BoolOperator.And ? Op.JUMP_IF_FALSE_OR_POP : Op.JUMP_IF_TRUE_OR_POP;
        Label end = b.label();
        List<Expr> values = bo.values();
        for (int i = 0; i < values.size() - 1; i++) {
            expr(values.get(i));
            jump(jumpOp, end);
        }
        expr(values.get(values.size() - 1));
        place(end);
    }

    final void compareOp(CmpOp op) {
        switch (op) {
            case Eq -> emit(Op.COMPARE_OP, CompareOp.EQ.ordinal());
            case NotEq -> emit(Op.COMPARE_OP, CompareOp.NE.ordinal());
            case Lt -> emit(Op.COMPARE_OP, CompareOp.LT.ordinal());
            case LtE -> emit(Op.COMPARE_OP, CompareOp.LE.ordinal());
            case Gt -> emit(Op.COMPARE_OP, CompareOp.GT.ordinal());
            case GtE -> emit(Op.COMPARE_OP, CompareOp.GE.ordinal());
            case Is -> emit(Op.IS_OP, 0);
            case IsNot -> emit(Op.IS_OP, 1);
            case In -> emit(Op.CONTAINS_OP, 0);
            case NotIn -> emit(Op.CONTAINS_OP, 1);
        }
    }

    /** The i-th comparand; fold_compare turns the last one of an in / not in into a tuple or frozenset. */
    private void comparand(Expr.Compare c, int i) {
        int last = c.ops().size() - 1;
        CmpOp op = c.ops().get(i);
        if (i == last && (op == CmpOp.In || op == CmpOp.NotIn)) {
            iterable(c.comparators().get(i));
        } else {
            expr(c.comparators().get(i));
        }
    }

    /** compiler_compare. */
    private void compare(Expr.Compare c) {
        expr(c.left());
        int n = c.ops().size() - 1;
        if (n == 0) {
            comparand(c, 0);
            compareOp(c.ops().get(0));
            return;
        }
        Label cleanup = b.label();
        for (int i = 0; i < n; i++) {
            comparand(c, i);
            emit(Op.SWAP, 2);
            emit(Op.COPY, 2);
            compareOp(c.ops().get(i));
            jump(Op.JUMP_IF_FALSE_OR_POP, cleanup);
        }
        comparand(c, n);
        compareOp(c.ops().get(n));
        Label end = b.label();
        jump(Op.JUMP, end);
        place(cleanup);
        emit(Op.SWAP, 2);
        emit(Op.POP_TOP);
        place(end);
    }

    /**
     * An iterable operand (a for loop's, a comprehension's, the right of in): fold_iter makes a
     * list display a tuple (constant when its items are), a constant set display a frozenset.
     */
    final void iterable(Expr e) {
        Object folded = Folding.iterConstant(e);
        if (folded != null) {
            Pos saved = loc;
            setLine(e.pos());
            loadConst(folded);
            restoreLine(saved);
        } else if (e instanceof Expr.ListExpr l && l.elts().stream().noneMatch(x -> x instanceof Expr.Starred)) {
            expr(new Expr.Tuple(l.elts(), Ctx.Load, l.pos()));
        } else {
            expr(e);
        }
    }

    /** compiler_jump_if: jumps to next when e's truth equals cond, without building and/or/not values. */
    final void jumpIf(Expr e, Label next, boolean cond) {
        if (e instanceof Expr.UnaryOp u && u.op() == org.heapsim.python.ast.UnaryOperator.Not
                    && Folding.constantOf(e) == null) {
            jumpIf(u.operand(), next, !cond);
            return;
        } else if (e instanceof Expr.BoolOp bo) {
            boolean cond2 = bo.op() == org.heapsim.python.ast.BoolOperator.Or;
            Label next2 = cond2 != cond ? b.label() : next;
            List<Expr> values = bo.values();
            for (int i = 0; i < values.size() - 1; i++) {
                jumpIf(values.get(i), next2, cond2);
            }
            jumpIf(values.get(values.size() - 1), next, cond);
            if (next2 != next) {
                place(next2);
            }
            return;
        } else if (e instanceof Expr.IfExp i) {
            Label end = b.label();
            Label next2 = b.label();
            jumpIf(i.test(), next2, false);
            jumpIf(i.body(), next, cond);
            jump(Op.JUMP, end);
            place(next2);
            jumpIf(i.orelse(), next, cond);
            place(end);
            return;
        } else if (e instanceof Expr.Compare c && c.ops().size() > 1) {
            Pos saved = loc;
            setLine(c.pos());
            int n = c.ops().size() - 1;
            Label cleanup = b.label();
            expr(c.left());
            for (int i = 0; i < n; i++) {
                comparand(c, i);
                emit(Op.SWAP, 2);
                emit(Op.COPY, 2);
                compareOp(c.ops().get(i));
                jump(Op.POP_JUMP_IF_FALSE, cleanup);
            }
            comparand(c, n);
            compareOp(c.ops().get(n));
            jump(cond ? Op.POP_JUMP_IF_TRUE : Op.POP_JUMP_IF_FALSE, next);
            Label end = b.label();
            jump(Op.JUMP, end);
            place(cleanup);
            emit(Op.POP_TOP);
            if (!cond) {
                jump(Op.JUMP, next);
            }
            place(end);
            if (!cx.policy().tracebackStyle().jumpIfCompareKeepsLocation()) {
                restoreLine(saved);
            }
            return;
        } else if (e instanceof Expr.Compare c && cx.policy().tracebackStyle().jumpIfCompareKeepsLocation()) {
            setLine(c.pos()); // 3.11 compiler_jump_if: SET_LOC for a comparison, never restored
        }
        expr(e);
        jump(cond ? Op.POP_JUMP_IF_TRUE : Op.POP_JUMP_IF_FALSE, next);
    }

    private void slice(Expr.Slice s) {
        int n = 2;
        if (s.lower() != null) {
            expr(s.lower());
        } else {
            loadNone();
        }
        if (s.upper() != null) {
            expr(s.upper());
        } else {
            loadNone();
        }
        if (s.step() != null) {
            expr(s.step());
            n = 3;
        }
        emit(Op.BUILD_SLICE, n);
    }

    // ------------------------------------------------------------------ displays

    private static boolean hasStarred(List<Expr> elts) {
        for (Expr e : elts) {
            if (e instanceof Expr.Starred) {
                return true;
            }
        }
        return false;
    }

    /** The peephole's fold_tuple_on_constants: BUILD_TUPLE over constants is one constant tuple. */
    final void buildTuple(List<Expr> elts) {
        List<Object> folded = Folding.tupleOf(elts);
        if (folded != null && !elts.isEmpty()) {
            loadConst(folded);
            return;
        }
        exprs(elts);
        emit(Op.BUILD_TUPLE, elts.size());
    }

    /** starunpack_helper with nothing pushed before the items. */
    final void starUnpack(List<Expr> elts, int build, int add, int extend, boolean tuple) {
        int n = elts.size();
        if (n > 2 && cx.policy().constantDisplaysFolded()) {
            List<Object> folded = Folding.tupleOf(elts);
            if (folded != null) {
                if (tuple) {
                    loadConst(folded);
                } else {
                    emit(build, 0);
                    loadConst(add == Op.SET_ADD ? new org.heapsim.python.vm.ConstantObjects.FrozenSetConstant(folded) : folded);
                    emit(extend, 1);
                }
                return;
            }
        }
        boolean big = n > STACK_USE_GUIDELINE;
        boolean starred = hasStarred(elts);
        if (!starred && !big) {
            exprs(elts);
            emit(tuple ? Op.BUILD_TUPLE : build, n);
            return;
        }
        boolean built = false;
        if (big) {
            emit(build, 0);
            built = true;
        }
        for (int i = 0; i < n; i++) {
            Expr elt = elts.get(i);
            if (elt instanceof Expr.Starred s) {
                if (!built) {
                    emit(build, i);
                    built = true;
                }
                expr(s.value());
                emit(extend, 1);
            } else {
                expr(elt);
                if (built) {
                    emit(add, 1);
                }
            }
        }
        if (tuple) {
            emit(Op.LIST_TO_TUPLE);
        }
    }

    /** compiler_dict. */
    private void dict(Expr.Dict d) {
        int n = d.values().size();
        boolean haveDict = false;
        int elements = 0;
        for (int i = 0; i < n; i++) {
            if (d.keys().get(i) == null) {
                if (elements > 0) {
                    subdict(d, i - elements, i);
                    if (haveDict) {
                        emit(Op.DICT_UPDATE, 1);
                    }
                    haveDict = true;
                    elements = 0;
                }
                if (!haveDict) {
                    emit(Op.BUILD_MAP, 0);
                    haveDict = true;
                }
                expr(d.values().get(i));
                emit(Op.DICT_UPDATE, 1);
            } else if (elements * 2 > STACK_USE_GUIDELINE) {
                subdict(d, i - elements, i + 1);
                if (haveDict) {
                    emit(Op.DICT_UPDATE, 1);
                }
                haveDict = true;
                elements = 0;
            } else {
                elements++;
            }
        }
        if (elements > 0) {
            subdict(d, n - elements, n);
            if (haveDict) {
                emit(Op.DICT_UPDATE, 1);
            }
            haveDict = true;
        }
        if (!haveDict) {
            emit(Op.BUILD_MAP, 0);
        }
    }

    /** compiler_subdict. */
    private void subdict(Expr.Dict d, int begin, int end) {
        int n = end - begin;
        boolean big = n * 2 > STACK_USE_GUIDELINE;
        if (n > 1 && !big) {
            List<Object> keys = Folding.tupleOf(d.keys().subList(begin, end));
            if (keys != null) {
                exprs(d.values().subList(begin, end));
                loadConst(keys);
                emit(Op.BUILD_CONST_KEY_MAP, n);
                return;
            }
        }
        if (big) {
            emit(Op.BUILD_MAP, 0);
        }
        for (int i = begin; i < end; i++) {
            expr(d.keys().get(i));
            expr(d.values().get(i));
            if (big) {
                emit(Op.MAP_ADD, 1);
            }
        }
        if (!big) {
            emit(Op.BUILD_MAP, n);
        }
    }

    // ------------------------------------------------------------------ f-strings

    /** compiler_joined_str. */
    private void joinedStr(Expr.JoinedStr j) {
        List<Expr> values = j.values();
        if (values.size() > STACK_USE_GUIDELINE) {
            loadConst("");
            emit(Op.LOAD_METHOD, nameIndex("join"));
            emit(Op.BUILD_LIST, 0);
            for (Expr v : values) {
                expr(v);
                emit(Op.LIST_APPEND, 1);
            }
            emit(Op.CALL, 1);
            return;
        }
        exprs(values);
        if (values.size() != 1) {
            emit(Op.BUILD_STRING, values.size());
        }
    }

    /** compiler_formatted_value. */
    private void formattedValue(Expr.FormattedValue f) {
        expr(f.value());
        int arg = switch (f.conversion()) {
            case 's' -> 1;
            case 'r' -> 2;
            case 'a' -> 3;
            default -> 0;
        };
        if (f.formatSpec() != null) {
            expr(f.formatSpec());
            arg |= 4;
        }
        emit(Op.FORMAT_VALUE, arg);
    }

    // ------------------------------------------------------------------ calls

    /** compiler_call. */
    private void call(Expr.Call c) {
        if (methodCall(c)) {
            return;
        }
        if (c.func() instanceof Expr.Name n && isGlobalLoad(n.id())) {
            Pos saved = loc;
            setLine(n.pos());
            emit(Op.LOAD_GLOBAL, nameIndex(mangle(n.id())) << 1 | 1);
            restoreLine(saved);
        } else {
            emit(Op.PUSH_NULL);
            expr(c.func());
        }
        callHelper(0, c.args(), c.keywords());
    }

    /** maybe_optimize_method_call: o.m(args) as LOAD_METHOD + CALL, without a bound method. */
    private boolean methodCall(Expr.Call c) {
        if (!(c.func() instanceof Expr.Attribute a) || a.ctx() != Ctx.Load) {
            return false;
        }
        int argsl = c.args().size();
        int kwdsl = c.keywords().size();
        if (kwdsl > 0 && !cx.policy().methodCallWithKeywords()) {
            return false;
        }
        if (argsl + kwdsl + (kwdsl != 0 ? 1 : 0) >= STACK_USE_GUIDELINE) {
            return false;
        }
        if (hasStarred(c.args())) {
            return false;
        }
        for (Keyword k : c.keywords()) {
            if (k.arg() == null) {
                return false;
            }
        }
        expr(a.value());
        Pos saved = loc;
        setLine(a.pos());
        emit(Op.LOAD_METHOD, nameIndex(mangle(a.attr())));
        restoreLine(saved);
        exprs(c.args());
        keywordsAndCall(argsl, c.keywords());
        return true;
    }

    private void keywordsAndCall(int positional, List<Keyword> keywords) {
        if (!keywords.isEmpty()) {
            List<Object> names = new ArrayList<>();
            for (Keyword k : keywords) {
                expr(k.value());
                names.add(k.arg());
            }
            emit(Op.KW_NAMES, b.constant(List.copyOf(names), cx.constants().of(List.copyOf(names))));
        }
        emit(Op.CALL, positional + keywords.size());
    }

    /** compiler_call_helper: n values (the class body and name for __build_class__) are already pushed. */
    final void callHelper(int n, List<Expr> args, List<Keyword> keywords) {
        int nelts = args.size();
        int nkwelts = keywords.size();
        boolean ex = nelts + nkwelts * 2 > STACK_USE_GUIDELINE || hasStarred(args);
        for (Keyword k : keywords) {
            ex |= k.arg() == null;
        }
        if (!ex) {
            exprs(args);
            keywordsAndCall(n + nelts, keywords);
            return;
        }
        if (n == 0 && nelts == 1 && args.get(0) instanceof Expr.Starred s) {
            expr(s.value());
        } else {
            starUnpackPushed(args, n);
        }
        if (nkwelts > 0) {
            boolean haveDict = false;
            int nseen = 0;
            for (int i = 0; i < nkwelts; i++) {
                Keyword kw = keywords.get(i);
                if (kw.arg() == null) {
                    if (nseen > 0) {
                        subkwargs(keywords, i - nseen, i);
                        if (haveDict) {
                            emit(Op.DICT_MERGE, 1);
                        }
                        haveDict = true;
                        nseen = 0;
                    }
                    if (!haveDict) {
                        emit(Op.BUILD_MAP, 0);
                        haveDict = true;
                    }
                    expr(kw.value());
                    emit(Op.DICT_MERGE, 1);
                } else {
                    nseen++;
                }
            }
            if (nseen > 0) {
                subkwargs(keywords, nkwelts - nseen, nkwelts);
                if (haveDict) {
                    emit(Op.DICT_MERGE, 1);
                }
            }
        }
        emit(Op.CALL_FUNCTION_EX, nkwelts > 0 ? 1 : 0);
    }

    /** starunpack_helper(BUILD_LIST, LIST_APPEND, LIST_EXTEND, tuple=1) for call arguments after `pushed` values. */
    private void starUnpackPushed(List<Expr> elts, int pushed) {
        int n = elts.size();
        if (n > 2 && cx.policy().constantDisplaysFolded()) {
            List<Object> folded = Folding.tupleOf(elts);
            if (folded != null) {
                if (pushed == 0) {
                    loadConst(folded);
                } else {
                    emit(Op.BUILD_LIST, pushed);
                    loadConst(folded);
                    emit(Op.LIST_EXTEND, 1);
                    emit(Op.LIST_TO_TUPLE);
                }
                return;
            }
        }
        boolean big = n + pushed > STACK_USE_GUIDELINE;
        if (!hasStarred(elts) && !big) {
            if (pushed == 0) {
                buildTuple(elts);
            } else {
                exprs(elts);
                emit(Op.BUILD_TUPLE, n + pushed);
            }
            return;
        }
        boolean built = false;
        if (big) {
            emit(Op.BUILD_LIST, pushed);
            built = true;
        }
        for (int i = 0; i < n; i++) {
            Expr elt = elts.get(i);
            if (elt instanceof Expr.Starred s) {
                if (!built) {
                    emit(Op.BUILD_LIST, i + pushed);
                    built = true;
                }
                expr(s.value());
                emit(Op.LIST_EXTEND, 1 | CALL_ARGUMENTS);
            } else {
                expr(elt);
                if (built) {
                    emit(Op.LIST_APPEND, 1);
                }
            }
        }
        emit(Op.LIST_TO_TUPLE);
    }

    /** compiler_subkwargs. */
    private void subkwargs(List<Keyword> keywords, int begin, int end) {
        int n = end - begin;
        boolean big = n * 2 > STACK_USE_GUIDELINE;
        if (n > 1 && !big) {
            List<Object> keys = new ArrayList<>();
            for (int i = begin; i < end; i++) {
                expr(keywords.get(i).value());
                keys.add(keywords.get(i).arg());
            }
            loadConst(List.copyOf(keys));
            emit(Op.BUILD_CONST_KEY_MAP, n);
            return;
        }
        if (big) {
            emit(Op.BUILD_MAP, 0);
        }
        for (int i = begin; i < end; i++) {
            loadConst(keywords.get(i).arg());
            expr(keywords.get(i).value());
            if (big) {
                emit(Op.MAP_ADD, 1);
            }
        }
        if (!big) {
            emit(Op.BUILD_MAP, n);
        }
    }

    // ------------------------------------------------------------------ targets

    /** An assignment target, with the value to store on top of the stack. */
    final void store(Expr target) {
        Pos saved = loc;
        setLine(target.pos());
        if (target instanceof Expr.Name n) {
            nameOp(n.id(), Ctx.Store);
        } else if (target instanceof Expr.Attribute a) {
            expr(a.value());
            emit(Op.STORE_ATTR, nameIndex(mangle(a.attr())));
        } else if (target instanceof Expr.Subscript s) {
            expr(s.value());
            expr(s.slice());
            emit(Op.STORE_SUBSCR);
        } else if (target instanceof Expr.Tuple t) {
            unpack(t.elts());
        } else if (target instanceof Expr.ListExpr l) {
            unpack(l.elts());
        } else {
            throw new Unsupported("assignment to " + target.getClass().getSimpleName());
        }
        restoreLine(saved);
    }

    /** unpack_helper + assignment_helper. */
    private void unpack(List<Expr> elts) {
        int star = -1;
        for (int i = 0; i < elts.size(); i++) {
            if (elts.get(i) instanceof Expr.Starred) {
                star = i;
            }
        }
        if (star >= 0) {
            emit(Op.UNPACK_EX, star | (elts.size() - star - 1) << 8);
        } else {
            emit(Op.UNPACK_SEQUENCE, elts.size());
        }
        for (Expr e : elts) {
            store(e instanceof Expr.Starred s ? s.value() : e);
        }
    }

    final void delete(Expr target) {
        Pos saved = loc;
        setLine(target.pos());
        if (target instanceof Expr.Name n) {
            nameOp(n.id(), Ctx.Del);
        } else if (target instanceof Expr.Attribute a) {
            expr(a.value());
            emit(Op.DELETE_ATTR, nameIndex(mangle(a.attr())));
        } else if (target instanceof Expr.Subscript s) {
            expr(s.value());
            expr(s.slice());
            emit(Op.DELETE_SUBSCR);
        } else if (target instanceof Expr.Tuple t) {
            t.elts().forEach(this::delete);
        } else if (target instanceof Expr.ListExpr l) {
            l.elts().forEach(this::delete);
        } else {
            throw new Unsupported("del of " + target.getClass().getSimpleName());
        }
        restoreLine(saved);
    }

    // ------------------------------------------------------------------ functions

    /** compiler_default_arguments: pushes the defaults tuple and kw-defaults dict; returns MAKE_FUNCTION's flags. */
    final int defaults(Arguments args) {
        int flags = 0;
        if (!args.defaults().isEmpty()) {
            buildTuple(args.defaults());
            flags |= 1;
        }
        List<Object> keys = new ArrayList<>();
        for (int i = 0; i < args.kwonlyargs().size(); i++) {
            Expr d = args.kwDefaults().get(i);
            if (d != null) {
                keys.add(mangle(args.kwonlyargs().get(i).arg()));
                expr(d);
            }
        }
        if (!keys.isEmpty()) {
            loadConst(List.copyOf(keys));
            emit(Op.BUILD_CONST_KEY_MAP, keys.size());
            flags |= 2;
        }
        return flags;
    }

    /** compiler_visit_annotations (3.10+ layout: name, value pairs in a tuple); returns flag 4 when any. */
    final int annotations(Arguments args, Expr returns) {
        List<Expr> pairs = new ArrayList<>();
        addAnnotations(pairs, args.args());
        addAnnotations(pairs, args.posonlyargs());
        if (args.vararg() != null) {
            addAnnotations(pairs, List.of(args.vararg()));
        }
        addAnnotations(pairs, args.kwonlyargs());
        if (args.kwarg() != null) {
            addAnnotations(pairs, List.of(args.kwarg()));
        }
        if (returns != null) {
            pairs.add(new Expr.Constant("return", null, returns.pos()));
            pairs.add(returns);
        }
        if (pairs.isEmpty()) {
            return 0;
        }
        buildTuple(pairs);
        return 4;
    }

    private void addAnnotations(List<Expr> pairs, List<Arguments.Arg> params) {
        for (Arguments.Arg a : params) {
            if (a.annotation() != null) {
                pairs.add(new Expr.Constant(mangle(a.arg()), null, a.pos()));
                pairs.add(a.annotation());
            }
        }
    }

    /** compiler_set_qualname for a unit compiled inside this one. */
    final String childQualname(String name, Scope child) {
        if (parent == null) {
            return name;
        }
        if ((child.kind() == Scope.Kind.FUNCTION || child.kind() == Scope.Kind.CLASS)
                && scope.binding(name) == Scope.Binding.GLOBAL_EXPLICIT) {
            return name;
        }
        boolean function = scope.kind() == Scope.Kind.FUNCTION || scope.kind() == Scope.Kind.LAMBDA;
        return qualname + (function ? ".<locals>." : ".") + name;
    }

    /** compiler_make_closure: the closure's cells, the code, MAKE_FUNCTION. */
    final void makeClosure(Code code, Scope child, int flags) {
        List<String> free = child.freevars();
        if (!free.isEmpty()) {
            for (String name : free) {
                emit(Op.LOAD_CLOSURE, closureIndex(name));
            }
            emit(Op.BUILD_TUPLE, free.size());
            flags |= 8;
        }
        emit(Op.LOAD_CONST, b.constant(null, cx.constants().code(code)));
        emit(Op.MAKE_FUNCTION, flags);
    }

    final Scope scopeOf(Object node) {
        Scope s = cx.symbols().scopeOf(node);
        if (s == null) {
            throw new IllegalStateException("no scope for " + node.getClass().getSimpleName());
        }
        return s;
    }

    private void lambda(Expr.Lambda l) {
        Scope ls = scopeOf(l);
        int flags = defaults(l.args());
        StatementCompiler child = new StatementCompiler(cx, ls, this, childQualname("<lambda>", ls), privateName);
        makeClosure(child.compileLambda(l), ls, flags);
    }

    /** compiler_comprehension (3.8–3.11 layout: a function called with the outermost iterator). */
    private void comprehension(Expr node, List<Comprehension> gens, Expr elt, Expr val, ComprehensionKind kind) {
        Scope cs = scopeOf(node);
        if (cs.isInlined()) {
            inlinedComprehension(cs, gens, elt, val, kind);
            return;
        }
        StatementCompiler child = new StatementCompiler(cx, cs, this, childQualname(cs.codeName(), cs), privateName);
        Code code = child.compileComprehension(node, gens, elt, val, kind);
        makeClosure(code, cs, 0);
        iterable(gens.get(0).iter());
        emit(Op.GET_ITER);
        emit(Op.CALL, 0);
    }

    /** 3.12+ (PEP 709): the comprehension runs in this frame. */
    abstract void inlinedComprehension(Scope cs, List<Comprehension> gens, Expr elt, Expr val, ComprehensionKind kind);

    /** compiler_comprehension_generator (sync): one for clause and, recursively, the rest, then the element. */
    final void comprehensionGenerator(List<Comprehension> gens, int index, int depth, Expr elt, Expr val,
                                      ComprehensionKind kind, boolean outermostOnStack) {
        Comprehension gen = gens.get(index);
        Label start = b.label();
        Label ifCleanup = b.label();
        Label anchor = b.label();
        boolean loop = true;
        if (index == 0) {
            if (!outermostOnStack) {
                emit(Op.LOAD_FAST, 0); // the implicit argument .0
            }
        } else {
            List<Expr> elts = null;
            if (Folding.iterConstant(gen.iter()) == null && Folding.constantOf(gen.iter()) == null) {
                if (gen.iter() instanceof Expr.ListExpr l) {
                    elts = l.elts();
                } else if (gen.iter() instanceof Expr.Tuple t) {
                    elts = t.elts();
                }
            }
            if (elts != null && elts.size() == 1 && !(elts.get(0) instanceof Expr.Starred)) {
                expr(elts.get(0));
                loop = false;
            } else {
                iterable(gen.iter());
                emit(Op.GET_ITER);
            }
        }
        if (loop) {
            depth++;
            place(start);
            jump(Op.FOR_ITER, anchor);
        }
        store(gen.target());
        for (Expr cond : gen.ifs()) {
            jumpIf(cond, ifCleanup, false);
        }
        if (index + 1 < gens.size()) {
            comprehensionGenerator(gens, index + 1, depth, elt, val, kind, false);
        } else {
            switch (kind) {
                case GENEXP -> {
                    expr(elt);
                    emit(Op.YIELD_VALUE);
                    emit(Op.POP_TOP);
                }
                case LISTCOMP -> {
                    expr(elt);
                    emit(Op.LIST_APPEND, depth + 1);
                }
                case SETCOMP -> {
                    expr(elt);
                    emit(Op.SET_ADD, depth + 1);
                }
                case DICTCOMP -> {
                    expr(elt);
                    expr(val);
                    emit(Op.MAP_ADD, depth + 1);
                }
            }
        }
        place(ifCleanup);
        if (loop) {
            jump(Op.JUMP, start);
            place(anchor);
        }
    }
}
