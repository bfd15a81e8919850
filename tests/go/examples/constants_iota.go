package main

import (
	"fmt"
	"math"
)

const s string = "constant"

const (
	KB = 1 << (10 * (iota + 1))
	MB
	GB
	TB
)

type Weekday int

const (
	Sunday Weekday = iota
	Monday
	Tuesday
	Wednesday
	Thursday
	Friday
	Saturday
)

var dayNames = [...]string{"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"}

func (d Weekday) String() string {
	if d < 0 || int(d) >= len(dayNames) {
		return fmt.Sprintf("Weekday(%d)", int(d))
	}
	return dayNames[d]
}

func (d Weekday) Weekend() bool { return d == Sunday || d == Saturday }

const (
	a = iota * 10
	b
	_
	d
	e, f = iota, iota * iota
	g, h
)

type Flags uint8

const (
	FlagRead Flags = 1 << iota
	FlagWrite
	FlagExec
)

func (f Flags) String() string {
	out := ""
	names := []string{"r", "w", "x"}
	for i, n := range names {
		if f&(1<<i) != 0 {
			out += n
		} else {
			out += "-"
		}
	}
	return out
}

func main() {
	fmt.Println(s)
	const n = 500000000
	const big = 3e20 / n
	fmt.Println(big)
	fmt.Println(int64(big))
	fmt.Println(math.Sin(n))
	fmt.Println(KB, MB, GB, TB)
	fmt.Println(a, b, d, e, f, g, h)

	for day := Sunday; day <= Saturday+1; day++ {
		fmt.Printf("%v(%d) weekend=%t\n", day, day, day.Weekend())
	}
	fmt.Printf("%s %v %d %q\n", Friday, Friday, Friday, Friday)

	var perm Flags = FlagRead | FlagExec
	fmt.Println(perm, FlagWrite, perm|FlagWrite, perm&^FlagRead)
	fmt.Printf("%v %d %08b\n", perm, perm, uint8(perm))

	// Untyped constant arithmetic with huge intermediate values.
	const huge = 1 << 100
	fmt.Println(huge >> 98)
	const third = 1.0 / 3
	fmt.Printf("%.20f\n", third)
	const typed int32 = 7
	fmt.Printf("%T %v\n", typed*2, typed*2)
	fmt.Println(math.MaxInt64, math.MinInt64, uint64(math.MaxUint64))
	fmt.Println(math.MaxInt8, math.MaxUint16, math.Pi)
	const r = 'a' + 1
	fmt.Printf("%c %T\n", r, r)
	const str = "hello" + ", " + "world"
	fmt.Println(len(str), str[7:])
}
