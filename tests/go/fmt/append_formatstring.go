// fmt.Append, Appendf and Appendln add to a byte slice; FormatString gives
// back the directive a fmt.State stands for, flags, width and precision
// included (here a State of the program's own).
package main

import "fmt"

type state struct {
	flags      string
	wid, prec  int
	hasW, hasP bool
}

func (s state) Write(b []byte) (int, error) { return len(b), nil }
func (s state) Width() (int, bool)          { return s.wid, s.hasW }
func (s state) Precision() (int, bool)      { return s.prec, s.hasP }
func (s state) Flag(c int) bool {
	for _, f := range s.flags {
		if int(f) == c {
			return true
		}
	}
	return false
}

type point struct{ x, y int }

func main() {
	b := []byte("start:")
	b = fmt.Append(b, 1, "two", 3.5, nil)
	b = fmt.Appendln(b, " line", 42)
	b = fmt.Appendf(b, "%05d|%-4s|%x|%v", 7, "ab", "hi", point{1, 2})
	fmt.Printf("%q\n", b)
	fmt.Println(len(fmt.Append(nil)), string(fmt.Appendf(nil, "%T", b)))
	for _, s := range []state{
		{},
		{flags: "+"},
		{flags: "#0", wid: 8, hasW: true},
		{flags: "- ", prec: 3, hasP: true},
		{flags: "0+- #", wid: 12, hasW: true, prec: 0, hasP: true},
		{wid: 0, hasW: true},
	} {
		fmt.Println(fmt.FormatString(s, 'v'), fmt.FormatString(s, 'q'), fmt.FormatString(s, 'é'))
	}
}
