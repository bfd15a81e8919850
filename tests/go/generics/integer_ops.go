package main

import "fmt"

type Unsigned interface {
	~uint8 | ~uint16 | ~uint32 | ~uint64 | ~uint
}

type Signed interface {
	~int8 | ~int16 | ~int32 | ~int64 | ~int
}

func PopCount[T Unsigned](x T) int {
	n := 0
	for ; x != 0; x &= x - 1 {
		n++
	}
	return n
}

func RotateLeft[T Unsigned](x T, k int, bits int) T {
	k %= bits
	return x<<k | x>>(bits-k)
}

func Wrap[T Signed | Unsigned](x, y T) (sum, diff, prod T) {
	return x + y, x - y, x * y
}

func DivMod[T Signed | Unsigned](a, b T) (T, T) { return a / b, a % b }

type BitSet[T Unsigned] struct{ w T }

func (b *BitSet[T]) Set(i int)     { b.w |= 1 << i }
func (b *BitSet[T]) Clear(i int)   { b.w &^= 1 << i }
func (b BitSet[T]) Has(i int) bool { return b.w&(1<<i) != 0 }
func (b BitSet[T]) String() string { return fmt.Sprintf("%0*b", 8, b.w) }

func Neg[T Signed](x T) T { return -x }

func GCD[T Signed | Unsigned](a, b T) T {
	for b != 0 {
		a, b = b, a%b
	}
	return a
}

func main() {
	fmt.Println(PopCount(uint8(0xff)), PopCount(uint64(1<<63)), PopCount[uint](12345))
	fmt.Println(RotateLeft(uint8(0b10010001), 1, 8), RotateLeft(uint16(1), 17, 16))
	fmt.Println(Wrap(uint8(250), 10))
	fmt.Println(Wrap(int8(100), 100))
	fmt.Println(Wrap(int64(1)<<62, 2))
	fmt.Println(DivMod(-7, 2))
	fmt.Println(DivMod(uint(7), 2))
	fmt.Println(DivMod(int8(-128), -1))
	var bs BitSet[uint8]
	bs.Set(0)
	bs.Set(3)
	bs.Set(7)
	fmt.Println(bs, bs.Has(3), bs.Has(4))
	bs.Clear(3)
	fmt.Println(bs)
	fmt.Println(Neg(int8(-128)), Neg(5), GCD(48, 18), GCD(uint16(17), 5), GCD(int64(0), 9))
	defer func() { fmt.Println("recovered:", recover()) }()
	fmt.Println(DivMod(1, 0))
}
