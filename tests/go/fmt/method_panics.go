package main

import (
	"errors"
	"fmt"
)

// fmt recovers a panic in an Error, String or GoString method it calls
// (its catchPanic) and prints %!verb(PANIC=Method method: value); for a
// nil pointer receiver it prints <nil>.

type Boom struct{ why string }

func (b Boom) String() string { panic(b.why) }

type Node struct {
	Val  int
	Next *Node
}

func (n *Node) String() string { return fmt.Sprintf("Node(%d)", n.Val) }

type BadErr struct{}

func (BadErr) Error() string { panic(errors.New("error inside Error")) }

type GoBoom struct{}

func (GoBoom) GoString() string { panic(42) }

type Code int

func (c Code) String() string {
	if c < 0 {
		var m map[string]int
		m["x"] = int(c) // runtime error
	}
	if c == 0 {
		panic(Code(7)) // a Stringer as the panic value
	}
	return fmt.Sprintf("code-%d", int(c))
}

type Cleanup struct{ log *[]string }

func (c Cleanup) String() string {
	defer func() { *c.log = append(*c.log, "deferred ran") }()
	panic("after defer")
}

type Recovers struct{}

func (Recovers) String() string {
	defer func() { recover() }()
	panic("recovered inside")
}

type Outer struct{ In Boom }

func (o Outer) String() string { return "outer[" + fmt.Sprint(o.In) + "]" }

func main() {
	fmt.Println(Boom{"bad"})
	fmt.Printf("%v|%s|%q|%x|%d\n", Boom{"v"}, Boom{"s"}, Boom{"q"}, Boom{"x"}, Boom{"d"})
	var n *Node
	fmt.Println(n, &Node{Val: 1})
	fmt.Printf("[%v] [%s] [%5v]\n", n, []*Node{n, {Val: 2}}, n)
	fmt.Println(BadErr{})
	fmt.Printf("%#v|%v\n", GoBoom{}, GoBoom{})
	fmt.Println(Code(1), Code(-1), Code(0))
	s := fmt.Sprint(Boom{"in sprint"}, 5)
	fmt.Println(s, len(s))
	e := fmt.Errorf("wrapped: %v", Boom{"errorf"})
	fmt.Println(e)
	var log []string
	fmt.Println(Cleanup{&log}, log)
	fmt.Println(Recovers{})
	fmt.Println(Outer{Boom{"nested"}})
	fmt.Println([]fmt.Stringer{Boom{"a"}, Code(2), nil})
	fmt.Printf("%v %d\n", map[string]Boom{"k": {"m"}}, Code(3))
	// A panic that fmt does not catch still ends the program after this.
	defer func() { fmt.Println("recovered in main:", recover()) }()
	panic(fmt.Sprint("final: ", Boom{"z"}))
}
