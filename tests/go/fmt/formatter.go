// fmt.Formatter: a type with Format(fmt.State, rune) prints itself for
// every verb but %T and %p, before Error/String/GoString, with the
// directive's flags, width and precision in the State; nested in
// structs, slices and maps too, through pointers, and when it panics.
package main

import (
	"errors"
	"fmt"
	"strings"
)

type money int64

func (m money) Format(f fmt.State, verb rune) {
	var b strings.Builder
	b.WriteString("<")
	b.WriteRune(verb)
	for _, c := range "+-# 0" {
		if f.Flag(int(c)) {
			b.WriteRune(c)
		}
	}
	if w, ok := f.Width(); ok {
		fmt.Fprintf(&b, " w%d", w)
	}
	if p, ok := f.Precision(); ok {
		fmt.Fprintf(&b, " p%d", p)
	}
	fmt.Fprintf(&b, " %d.%02d>", int64(m)/100, int64(m)%100)
	f.Write([]byte(b.String()))
}

// String is never used: Format comes first.
func (m money) String() string { return "STRING" }

type vec struct{ x, y float64 }

func (v *vec) Format(f fmt.State, verb rune) {
	if v == nil {
		fmt.Fprint(f, "vec(nil)")
		return
	}
	p, ok := f.Precision()
	if !ok {
		p = 1
	}
	fmt.Fprintf(f, "(%.*f, %.*f)", p, v.x, p, v.y)
}

type point struct{ x, y int }

func (p point) Format(f fmt.State, verb rune) {
	switch verb {
	case 'v':
		if f.Flag('+') {
			fmt.Fprintf(f, "point{x:%d y:%d}", p.x, p.y)
			return
		}
		fmt.Fprintf(f, "%d,%d", p.x, p.y)
	case 'd':
		fmt.Fprintf(f, "%d", p.x*1000+p.y)
	default:
		fmt.Fprintf(f, "%%!%c(point)", verb)
	}
}

type bomb struct{}

func (bomb) Format(f fmt.State, verb rune) { panic("boom") }

type ferr struct{ code int }

func (e ferr) Error() string { return fmt.Sprintf("error %d", e.code) }
func (e ferr) Format(f fmt.State, verb rune) {
	fmt.Fprintf(f, "ferr#%d/%c", e.code, verb)
}

type wrap struct {
	Name string
	M    money
	P    point
}

func main() {
	m := money(12345)
	fmt.Println(m)
	fmt.Printf("%v|%d|%s|%x|%q\n", m, m, m, m, m)
	fmt.Printf("%+v|%-8v|%08d|% x|%#v|%10.3f\n", m, m, m, m, m, m)
	fmt.Printf("%.v|%5.0d|%-+#0 7.2x\n", m, m, m)
	fmt.Printf("%T %T\n", m, &vec{})
	var a any = m
	fmt.Printf("%v %d\n", a, a)
	fmt.Println(fmt.Sprint(m, "x", m), fmt.Sprintln(m))

	v := &vec{1.25, -3.5}
	fmt.Println(v)
	fmt.Printf("%v %.3v %s\n", v, v, v)
	var nv *vec
	fmt.Println(nv)
	vv := vec{2, 3}
	fmt.Println(vv)

	p := point{3, 4}
	fmt.Printf("%v %+v %d %s\n", p, p, p, p)
	fmt.Println([]point{{1, 2}, {5, 6}}, map[string]point{"a": {7, 8}})
	w := wrap{"w", 250, point{9, 9}}
	fmt.Printf("%v\n%+v\n", w, w)
	fmt.Println(&w)
	fmt.Println([]money{1, 202, 30303})

	fmt.Println(bomb{})
	fmt.Printf("[%d]\n", bomb{})

	e := ferr{7}
	fmt.Println(e)
	fmt.Printf("%v %s %d\n", e, e, e)
	err := fmt.Errorf("wrapped: %w", e)
	fmt.Println(err)
	var target ferr
	fmt.Println(errors.As(err, &target), target.code)

	fmt.Printf("%d %v\n", m)
	fmt.Printf("%v\n", m, p)
	fmt.Printf("%[2]v %[1]d\n", m, p)
	s := fmt.Sprintf("%6v|", p)
	fmt.Println(s, len(s))
}
