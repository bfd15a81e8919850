// A go statement evaluates the function value and its arguments in the
// calling goroutine, at the go statement; closures see later changes to
// the variables they capture.
package main

import (
	"fmt"
	"runtime"
)

type counter struct{ name string }

func (c counter) report(out *[]string, v int) {
	*out = append(*out, fmt.Sprint(c.name, "=", v))
}

func pick(out *[]string, name string) func(int) {
	*out = append(*out, "pick "+name)
	return func(v int) { *out = append(*out, fmt.Sprint(name, ":", v)) }
}

func main() {
	runtime.GOMAXPROCS(1)
	var out []string
	x := 1
	go pick(&out, "f")(x)
	x = 2
	c := counter{"c"}
	go c.report(&out, x)
	c.name = "changed"
	y := 10
	go func() { out = append(out, fmt.Sprint("closure y=", y)) }()
	y = 20
	go fmt.Println("printed by a goroutine", x)
	for runtime.NumGoroutine() > 1 {
		runtime.Gosched()
	}
	for _, s := range out {
		fmt.Println(s)
	}
}
