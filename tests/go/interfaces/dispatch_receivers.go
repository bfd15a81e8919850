package main

import "fmt"

// Value and pointer receivers reached through interfaces, with values
// of every shape (one word, strings, structs, pointers) as receivers.

type Speaker interface {
	Speak() string
}

type Counter interface {
	Inc(by int) int
	Get() int
}

type Word string
type Num int
type Pair struct {
	A, B int
	Tag  string
}
type Box struct{ n int }

func (w Word) Speak() string { return "word " + string(w) }
func (n Num) Speak() string  { return fmt.Sprint("num ", int(n)) }
func (p Pair) Speak() string { return fmt.Sprint(p.Tag, ":", p.A+p.B) }
func (b *Box) Speak() string { return fmt.Sprint("box ", b.n) }

func (b *Box) Inc(by int) int {
	b.n += by
	return b.n
}
func (b *Box) Get() int { return b.n }

func describe(s Speaker) string {
	return "<" + s.Speak() + ">"
}

func bump(c Counter, times int) {
	for i := 0; i < times; i++ {
		c.Inc(i)
	}
}

func main() {
	b := &Box{n: 1}
	all := []Speaker{Word("hi"), Num(7), Pair{2, 3, "p"}, b}
	for i, s := range all {
		fmt.Println(i, describe(s))
	}
	bump(b, 5)
	fmt.Println(b.Get(), all[3].Speak())
	var c Counter = b
	fmt.Println(c.Inc(100), c.Get())
	// The interface holds a copy of a value receiver's value.
	p := Pair{1, 1, "copy"}
	var s Speaker = p
	p.A = 50
	fmt.Println(s.Speak(), p.Speak())
	// A pointer's method set includes the value methods.
	var pw Speaker = &p
	fmt.Println(pw.Speak())
}
