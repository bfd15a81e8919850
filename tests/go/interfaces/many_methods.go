package main

import "fmt"

type T struct{ x int }

func (t T) M00() int { return 0 + t.x }
func (t T) M01() int { return 1 + t.x }
func (t T) M02() int { return 2 + t.x }
func (t T) M03() int { return 3 + t.x }
func (t T) M04() int { return 4 + t.x }
func (t T) M05() int { return 5 + t.x }
func (t T) M06() int { return 6 + t.x }
func (t T) M07() int { return 7 + t.x }
func (t T) M08() int { return 8 + t.x }
func (t T) M09() int { return 9 + t.x }
func (t T) M10() int { return 10 + t.x }
func (t T) M11() int { return 11 + t.x }
func (t T) M12() int { return 12 + t.x }
func (t T) M13() int { return 13 + t.x }
func (t T) M14() int { return 14 + t.x }
func (t T) M15() int { return 15 + t.x }
func (t T) M16() int { return 16 + t.x }
func (t T) M17() int { return 17 + t.x }
func (t T) M18() int { return 18 + t.x }
func (t T) M19() int { return 19 + t.x }
func (t T) M20() int { return 20 + t.x }
func (t T) M21() int { return 21 + t.x }
func (t T) M22() int { return 22 + t.x }
func (t T) M23() int { return 23 + t.x }
func (t T) M24() int { return 24 + t.x }
func (t T) M25() int { return 25 + t.x }
func (t T) M26() int { return 26 + t.x }
func (t T) M27() int { return 27 + t.x }
func (t T) M28() int { return 28 + t.x }
func (t T) M29() int { return 29 + t.x }
func (t T) M30() int { return 30 + t.x }
func (t T) M31() int { return 31 + t.x }
func (t T) M32() int { return 32 + t.x }
func (t T) M33() int { return 33 + t.x }
func (t T) M34() int { return 34 + t.x }
func (t T) M35() int { return 35 + t.x }
func (t T) M36() int { return 36 + t.x }
func (t T) M37() int { return 37 + t.x }
func (t T) M38() int { return 38 + t.x }
func (t T) M39() int { return 39 + t.x }

type I interface {
	M00() int
	M01() int
	M02() int
	M03() int
	M04() int
	M05() int
	M06() int
	M07() int
	M08() int
	M09() int
	M10() int
	M11() int
	M12() int
	M13() int
	M14() int
	M15() int
	M16() int
	M17() int
	M18() int
	M19() int
	M20() int
	M21() int
	M22() int
	M23() int
	M24() int
	M25() int
	M26() int
	M27() int
	M28() int
	M29() int
	M30() int
	M31() int
	M32() int
	M33() int
	M34() int
	M35() int
	M36() int
	M37() int
	M38() int
	M39() int
}

type U struct{ y int }

func (t U) M00() int { return 0 + t.y }
func (t U) M01() int { return 1 + t.y }
func (t U) M02() int { return 2 + t.y }
func (t U) M03() int { return 3 + t.y }
func (t U) M04() int { return 4 + t.y }
func (t U) M05() int { return 5 + t.y }
func (t U) M06() int { return 6 + t.y }
func (t U) M07() int { return 7 + t.y }
func (t U) M08() int { return 8 + t.y }
func (t U) M09() int { return 9 + t.y }
func (t U) M10() int { return 10 + t.y }
func (t U) M11() int { return 11 + t.y }
func (t U) M12() int { return 12 + t.y }
func (t U) M13() int { return 13 + t.y }
func (t U) M14() int { return 14 + t.y }
func (t U) M15() int { return 15 + t.y }
func (t U) M16() int { return 16 + t.y }
func (t U) M17() int { return 17 + t.y }
func (t U) M18() int { return 18 + t.y }
func (t U) M19() int { return 19 + t.y }
func (t U) M20() int { return 20 + t.y }
func (t U) M21() int { return 21 + t.y }
func (t U) M22() int { return 22 + t.y }
func (t U) M23() int { return 23 + t.y }
func (t U) M24() int { return 24 + t.y }
func (t U) M25() int { return 25 + t.y }
func (t U) M26() int { return 26 + t.y }
func (t U) M27() int { return 27 + t.y }
func (t U) M28() int { return 28 + t.y }
func (t U) M29() int { return 29 + t.y }
func (t U) M30() int { return 30 + t.y }
func (t U) M31() int { return 31 + t.y }
func (t U) M32() int { return 32 + t.y }
func (t U) M33() int { return 33 + t.y }
func (t U) M34() int { return 34 + t.y }
func (t U) M35() int { return 35 + t.y }
func (t U) M36() int { return 36 + t.y }
func (t U) M37() int { return 37 + t.y }
func (t U) M38() int { return 38 + t.y }
func (t U) M39() int { return 39 + t.y }

func main() {
	var xs = []I{T{1}, U{2}}
	s := 0
	for i := 0; i < 3000; i++ {
		v := xs[i&1]
		s += v.M37() + v.M03() + v.M21()
	}
	fmt.Println(s)
}
