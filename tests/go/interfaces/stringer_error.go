package main

import (
	"errors"
	"fmt"
)

type Color int

func (c Color) String() string {
	return [...]string{"red", "green", "blue"}[c]
}

type Both struct{}

func (Both) String() string { return "as stringer" }
func (Both) Error() string  { return "as error" }

type ParseError struct {
	Line int
	Msg  string
}

func (e ParseError) Error() string { return fmt.Sprintf("line %d: %s", e.Line, e.Msg) }

type GoStr struct{ v int }

func (g GoStr) GoString() string { return "GoStr!" }
func (g GoStr) String() string   { return "str" }

func main() {
	c := Color(1)
	fmt.Println(c, Color(2), []Color{0, 1, 2})
	fmt.Printf("%v %s %d %q %x %5s|%-7v|\n", c, c, c, c, c, c, c)
	fmt.Println(Both{})
	fmt.Printf("%v %s\n", Both{}, Both{})
	var err error = ParseError{3, "unexpected token"}
	fmt.Println(err)
	fmt.Printf("%v | %s | %q | %+v\n", err, err, err, err)
	fmt.Printf("%#v\n", err)
	wrapped := fmt.Errorf("while loading: %w", err)
	fmt.Println(wrapped)
	fmt.Println(errors.New("plain"), fmt.Errorf("code %d", 42))
	fmt.Println(fmt.Sprint(c), fmt.Sprintf("%v", &c))
	g := GoStr{1}
	fmt.Printf("%v %#v %+v\n", g, g, g)
	fmt.Println(map[Color]int{2: 20, 0: 0})
	fmt.Printf("%T\n", err)
}
