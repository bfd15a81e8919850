package main

import "fmt"

type Named interface{ Name() string }
type Greeter interface {
	Named
	Greet(to string) string
}

type Base struct{ id int }

func (b Base) Name() string    { return fmt.Sprint("base#", b.id) }
func (b *Base) Bump()          { b.id++ }
func (b Base) String() string  { return fmt.Sprintf("<%d>", b.id) }

type Mid struct {
	Base
	tag string
}

func (m Mid) Greet(to string) string { return m.tag + " greets " + to + " as " + m.Name() }

type Top struct {
	*Mid
	extra int
}

// Wrapper embeds an interface: its methods forward to the value inside.
type Wrapper struct {
	Named
	note string
}

type Loud struct{ word string }

func (l Loud) Name() string { return l.word + "!" }

func main() {
	m := Mid{Base{1}, "mid"}
	var g Greeter = m
	fmt.Println(g.Name(), "|", g.Greet("ann"))
	m.Bump() // promoted pointer method on an addressable value
	fmt.Println(m.Name(), m.id, m)
	t := Top{&Mid{Base{10}, "top"}, 5}
	var n Named = t
	fmt.Println(n.Name())
	t.Bump() // through the embedded pointer
	fmt.Println(n.Name(), t.Name(), t)
	var gp Greeter = &m
	fmt.Println(gp.Greet("bob"))
	w := Wrapper{Loud{"hey"}, "note"}
	fmt.Println(w.Name())
	var wn Named = w
	fmt.Println(wn.Name())
	w.Named = m
	fmt.Println(w.Name(), wn.Name())
	all := []Named{m, t, w, Base{7}, &Base{8}}
	for _, x := range all {
		fmt.Print(x.Name(), "; ")
	}
	fmt.Println()
	fmt.Println(Base{3}, &Base{4}, []Base{{5}})
}
