// string <-> []byte and []rune (invalid UTF-8 becomes U+FFFD), and
// conversions between struct types of the same shape.
package main

import "fmt"

type Vec struct{ X, Y int }
type Pt struct{ X, Y int }

func main() {
	s := "héllo, 世界"
	b := []byte(s)
	r := []rune(s)
	fmt.Println(len(b), cap(b), len(r), cap(r), b[1], r[1])
	b[0] = 'H'
	fmt.Println(string(b), string(r[7:]), string([]byte{}), string([]rune{0x4e16, -1}))
	bad := "a\xffb"
	fmt.Println(len([]rune(bad)), []rune(bad))
	fmt.Println([]byte("go"), []rune("go"))
	p := Pt{1, 2}
	v := Vec(p)
	fmt.Println(v, Pt(v))
	big := []byte("a long enough string for a bigger size class!")
	fmt.Println(len(big), cap(big))
}
