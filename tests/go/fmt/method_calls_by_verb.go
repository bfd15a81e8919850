package main

import (
	"errors"
	"fmt"
)

// fmt calls Error and String only under the verbs v s x X q (and %w),
// GoString only under %#v, and neither under %d, %T, %t, a * width or
// any other verb: a method with side effects shows which ran.

var calls []string

type Tracked int

func (t Tracked) String() string {
	calls = append(calls, fmt.Sprintf("String(%d)", int(t)))
	return fmt.Sprintf("T%d", int(t))
}

func (t Tracked) GoString() string {
	calls = append(calls, fmt.Sprintf("GoString(%d)", int(t)))
	return fmt.Sprintf("Tracked(%d)", int(t))
}

type TErr struct{ n int }

func (e TErr) Error() string {
	calls = append(calls, fmt.Sprintf("Error(%d)", e.n))
	return fmt.Sprintf("err%d", e.n)
}

func show(out string) {
	fmt.Printf("%-40q %v\n", out, calls)
	calls = nil
}

func main() {
	t := Tracked(1)
	show(fmt.Sprintf("%d", t))
	show(fmt.Sprintf("%T", t))
	show(fmt.Sprintf("%v", t))
	show(fmt.Sprintf("%+v|%s", t, t))
	show(fmt.Sprintf("%x|%X|%q", t, t, t))
	show(fmt.Sprintf("%#v", t))
	show(fmt.Sprintf("%o|%b|%c|%U", t, t, t, t))
	show(fmt.Sprintf("%*d|%-*v|", Tracked(3), t, 4, Tracked(2)))
	show(fmt.Sprintf("%5.2v|%%|%d", t, Tracked(5)))
	extra := "%d"
	show(fmt.Sprintf(extra, t, Tracked(9)))
	show(fmt.Sprintf("%[2]v %[1]d", t, Tracked(2)))
	show(fmt.Sprint(t, Tracked(2)))
	show(fmt.Sprintln(t))
	show(fmt.Sprintf("%d %v", []Tracked{1, 2}, []Tracked{3}))
	mixed := "%d|%v|%#v"
	show(fmt.Sprintf(mixed, map[string]Tracked{"a": 1}, struct{ T Tracked }{4}, []Tracked{5}))
	e := TErr{1}
	show(fmt.Sprintf("%d|%v", e, e))
	show(fmt.Sprintf("%T|%s|%#v", e, e, e))
	show(fmt.Errorf("wrap %w (%d)", e, e).Error())
	show(fmt.Sprint(errors.New("plain"), e))
	var args = []interface{}{t, e}
	format := "%d %d"
	show(fmt.Sprintf(format, args...))
	format = "%v %s"
	show(fmt.Sprintf(format, args...))
	format = "%#v %x"
	show(fmt.Sprintf(format, args...))
	for _, f := range []string{"%[3]*.[2]*[1]v|", "%[5]v|%v", "%[0]v %v", "%[x]v %v", "%.[2]v %v", "%[2]5v %v", "%-+#0 v %!", "%[1]d%v"} {
		show(fmt.Sprintf(f, Tracked(7), Tracked(2), Tracked(8)))
	}
	badVerb := "%d %t\n"
	fmt.Printf(badVerb, t, t)
	fmt.Println(calls)
}
