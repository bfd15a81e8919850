package main

import (
	"fmt"
	"sort"
	"strings"
)

type Animal interface {
	Name() string
	Sound() string
}

type Base struct{ name string }

func (b *Base) Name() string    { return b.name }
func (b *Base) Rename(n string) { b.name = n }

type Dog struct {
	*Base
	tricks []string
}

func (d Dog) Sound() string { return "woof" }

type Cat struct {
	Base
	lives int
}

func (c *Cat) Sound() string { return "meow" }

type Loud struct {
	Animal
}

func (l Loud) Sound() string { return strings.ToUpper(l.Animal.Sound()) + "!" }

type ByName []Animal

func (a ByName) Len() int           { return len(a) }
func (a ByName) Less(i, j int) bool { return a[i].Name() < a[j].Name() }
func (a ByName) Swap(i, j int)      { a[i], a[j] = a[j], a[i] }

type Counter interface{ Count() int }
type Resetter interface{ Reset() }
type CountResetter interface {
	Counter
	Resetter
}

type clicks struct{ n int }

func (c *clicks) Count() int { c.n++; return c.n }
func (c *clicks) Reset()     { c.n = 0 }

type sortedStrings struct{ sort.StringSlice }

func main() {
	d := Dog{Base: &Base{"rex"}, tricks: []string{"sit"}}
	c := &Cat{Base: Base{"tom"}, lives: 9}
	animals := []Animal{d, c, Loud{d}, Loud{c}}
	for _, a := range animals {
		fmt.Printf("%-4s %-6s %T\n", a.Name(), a.Sound(), a)
	}
	d.Rename("max")
	c.Rename("felix")
	fmt.Println(d.Name(), c.Name(), animals[0].Name(), animals[1].Name())
	sort.Sort(ByName(animals))
	for _, a := range animals {
		fmt.Print(a.Name(), ":", a.Sound(), " ")
	}
	fmt.Println()
	_, isCat := animals[0].(*Cat)
	_, isLoud := animals[2].(Loud)
	fmt.Println(isCat, isLoud)

	var cr CountResetter = &clicks{}
	cr.Count()
	cr.Count()
	var cn Counter = cr
	fmt.Println(cn.Count())
	if r, ok := cn.(Resetter); ok {
		r.Reset()
	}
	fmt.Println(cr.Count())

	s := sortedStrings{sort.StringSlice{"pear", "apple", "fig"}}
	sort.Sort(s)
	fmt.Println(s.StringSlice, s.Len(), s.Search("fig"))
	fmt.Printf("%v %+v\n", *c, *c)
	fmt.Printf("%+v\n", Loud{c}.Animal.(*Cat).Base)
}
