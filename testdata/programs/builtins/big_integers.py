# Arbitrary-size integers: powers, floor division and modulo with negatives, bit ops.
a = 2 ** 100
print(a, a * a, -a)
print(3 ** 50 // 7 ** 10, 3 ** 50 % 7 ** 10)
print(-7 // 2, -7 % 2, 7 // -2, 7 % -2, -17 // 5, -17 % 5, 17 // -5, 17 % -5)
print(1 << 70, (1 << 70) >> 65, -1 >> 3, 0xFF & 0x0F, 0xF0 | 0x0F, 6 ^ 3, ~5)
f = 1
for i in range(1, 31):
    f *= i
print(f, len(str(f)), sum(int(c) for c in str(f)))
print(int("123456789012345678901234567890") + 1, 10 ** 20 == 100000000000000000000)
print(abs(-10 ** 25), 3 ** 40, 3 ** 40 % 1000, 2 ** -1, 0 ** 0)
print(hash(2 ** 61 - 1), hash(2 ** 61), hash(-1), hash(-2), hash(10 ** 30) == hash(10 ** 30 % (2 ** 61 - 1)))
