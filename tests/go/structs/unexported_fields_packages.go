// Struct types with the same unexported field names as types of the
// standard packages (errors' errorString, strings' Reader) are types of
// their own: their fields are main's, their methods main's.
package main

import (
	"errors"
	"fmt"
	"strings"
)

type myErr struct{ s string }

func (e *myErr) Error() string { return "my " + e.s }

type cursor struct {
	s        string
	i        int64
	prevRune int
}

func (c *cursor) next() byte {
	b := c.s[c.i]
	c.i++
	c.prevRune = -1
	return b
}

func main() {
	var err error = &myErr{"boom"}
	std := errors.New("boom")
	fmt.Println(err, std, err.Error() == std.Error())
	var target *myErr
	if e, ok := err.(*myErr); ok {
		target = e
	}
	fmt.Println(target.s)

	c := &cursor{s: "abc"}
	r := strings.NewReader("abc")
	fmt.Println(c.next(), c.next(), c.i, r.Len())
	fmt.Printf("%v %+v\n", *c, *c)

	type pair struct{ s string }
	p := pair{"x"}
	q := struct{ s string }{"x"}
	fmt.Println(p == pair(q), p.s+q.s)
}
