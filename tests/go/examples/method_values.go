package main

import (
	"fmt"
	"strings"
)

type Counter struct {
	name string
	n    int
}

func (c *Counter) Inc()           { c.n++ }
func (c Counter) Get() int        { return c.n }
func (c Counter) Label(p string) string { return p + c.name }

type Greeter interface{ Greet(string) string }

type English struct{}
type French struct{ polite bool }

func (English) Greet(n string) string { return "Hello, " + n }
func (f French) Greet(n string) string {
	if f.polite {
		return "Bonjour, " + n
	}
	return "Salut, " + n
}

func applyAll(fs []func(), times int) {
	for range times {
		for _, f := range fs {
			f()
		}
	}
}

func main() {
	a := &Counter{name: "a"}
	b := &Counter{name: "b"}
	applyAll([]func(){a.Inc, b.Inc, a.Inc}, 3)
	fmt.Println(a.n, b.n)

	// A value-receiver method value copies the receiver at evaluation.
	c := Counter{name: "c", n: 1}
	get := c.Get
	c.n = 100
	fmt.Println(get(), c.Get())
	// A pointer-receiver method value sees later changes.
	inc := c.Inc
	inc()
	inc()
	fmt.Println(c.n)

	// Method expressions.
	getE := Counter.Get
	incE := (*Counter).Inc
	labelE := Counter.Label
	getP := (*Counter).Get
	incE(&c)
	fmt.Println(getE(c), getP(&c), labelE(c, "name:"))
	fmt.Printf("%T | %T | %T\n", getE, incE, labelE)

	// Interface method values and expressions.
	var g Greeter = French{true}
	greet := g.Greet
	g = English{}
	fmt.Println(greet("Ana"), g.Greet("Bo"))
	ge := Greeter.Greet
	fmt.Println(ge(French{}, "Cy"), ge(English{}, "Di"))

	// Method values from a package function and strings.
	up := strings.ToUpper
	rep := strings.ReplaceAll
	fmt.Println(up("shout"), rep("leet speak", "e", "3"))

	// Storing method values in a map.
	var r strings.Builder
	ops := map[string]func(string) (int, error){
		"write": r.WriteString,
	}
	ops["write"]("one ")
	ops["write"]("two")
	fmt.Println(r.String())

	// Method value on an embedded field.
	type Named struct {
		*Counter
		extra int
	}
	nm := Named{Counter: &Counter{name: "emb"}}
	f := nm.Inc
	f()
	f()
	fmt.Println(nm.n, nm.Get(), nm.Label("x-"))
}
