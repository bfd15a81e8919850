// byte and rune are uint8 and int32 inside composite types too: *rune
// asserts to *int32, []byte to []uint8, and the dynamic types compare equal.
package main

import "fmt"

func main() {
	var r rune
	var x any = &r
	_, ok := x.(*int32)
	var bs any = []byte("hi")
	_, ok2 := bs.([]uint8)
	var m any = map[string]byte{"a": 1}
	_, ok3 := m.(map[string]uint8)
	var rs any = []rune("hé")
	v, ok4 := rs.([]int32)
	fmt.Println(ok, ok2, ok3, ok4, v)
	fmt.Printf("%T %T %T %T\n", x, bs, m, rs)
	switch y := rs.(type) {
	case []int32:
		fmt.Println("int32s", len(y))
	}
	fmt.Println(x == any(&r), any([2]rune{1, 2}) == any([2]int32{1, 2}))
}
