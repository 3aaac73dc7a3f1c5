# 3.12: the count at the first statement of scripts of growing size (n small functions)
# (generated: st0/st5/st20/st60 are this with n = 0, 5, 20, 60 one-line functions)
import gc
c = gc.get_count()
def f1(a, b=(1, 'x1')): return [a, b, {'k': a}]
def f2(a, b=(2, 'x2')): return [a, b, {'k': a}]
def f3(a, b=(3, 'x3')): return [a, b, {'k': a}]
def f4(a, b=(4, 'x4')): return [a, b, {'k': a}]
def f5(a, b=(5, 'x5')): return [a, b, {'k': a}]
print(c)
