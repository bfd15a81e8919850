package main

import "fmt"

type (
	ID       int64
	Name     string
	Scores   []int
	Lookup   map[Name]ID
	Callback func(ID) Name
	Pair     [2]ID
	Alias    = Name
)

func main() {
	var id ID = 42
	var n Name = "gopher"
	var a Alias = n // alias: same type
	sc := Scores{90, 85}
	lk := Lookup{n: id}
	cb := Callback(func(i ID) Name { return Name(fmt.Sprint("user", int64(i))) })
	pr := Pair{1, 2}
	fmt.Printf("%T %T %T %T %T %T %T\n", id, n, a, sc, lk, cb, pr)
	fmt.Println(id, n, a, sc, lk, cb(7), pr)
	fmt.Printf("%#v %#v %#v\n", id, n, sc)
	fmt.Printf("%#v %#v\n", lk, pr)
	type local struct{ v ID }
	fmt.Printf("%T %+v\n", local{3}, local{3})
	var x interface{} = a
	_, isName := x.(Name)
	fmt.Println(isName)
	type byteAlias = byte
	var ba byteAlias = 'z'
	fmt.Printf("%T %T\n", ba, rune(0))
}
