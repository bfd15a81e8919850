package main

import "fmt"

var (
	a = c + b // initialized after b and c
	b = f("b")
	c = f("c")
	d = 3
)

var total = sum(values...)
var values = []int{1, 2, 3, 4}

var registry = map[string]func() int{}

func f(name string) int {
	fmt.Println("init var", name)
	return d + len(name)
}

func sum(xs ...int) int {
	s := 0
	for _, x := range xs {
		s += x
	}
	fmt.Println("sum over", len(xs), "values")
	return s
}

func init() {
	fmt.Println("first init: a =", a, "b =", b, "c =", c)
	registry["one"] = func() int { return 1 }
}

func init() {
	fmt.Println("second init, registry size", len(registry))
	registry["two"] = func() int { return 2 }
	d = 100
}

type config struct {
	name  string
	level int
}

var cfg = newConfig()

func newConfig() *config {
	fmt.Println("newConfig, total =", total)
	return &config{name: "default", level: total}
}

func init() {
	fmt.Println("third init, cfg =", *cfg)
	cfg.level *= 2
}

func main() {
	fmt.Println("main: a b c d =", a, b, c, d)
	fmt.Println("total:", total, "cfg:", cfg.name, cfg.level)
	fmt.Println(registry["one"]() + registry["two"]())
}
