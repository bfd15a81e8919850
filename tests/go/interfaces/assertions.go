package main

import "fmt"

type Animal interface{ Sound() string }
type Dog struct{ name string }
type Cat struct{}

func (d Dog) Sound() string  { return d.name + ": woof" }
func (c *Cat) Sound() string { return "meow" }

type Named interface{ Name() string }

type Stringer interface{ String() string }

func (d Dog) Name() string { return d.name }

func main() {
	var a Animal = Dog{"rex"}
	d, ok := a.(Dog)
	fmt.Println(d, ok)
	c, ok := a.(*Cat)
	fmt.Println(c, ok, c == nil)
	n, ok := a.(Named)
	fmt.Println(n.Name(), ok)
	a = &Cat{}
	_, ok = a.(Named)
	fmt.Println(ok)
	fmt.Println(a.(*Cat).Sound())
	var e interface{} = 3.5
	f, ok := e.(float64)
	i, ok2 := e.(int)
	fmt.Println(f, ok, i, ok2)
	s, ok := e.(Stringer)
	fmt.Println(s, ok)
	var none interface{}
	_, ok = none.(int)
	fmt.Println(ok)
	var nilAnimal Animal
	_, ok = nilAnimal.(Dog)
	fmt.Println(ok)
	type MyInt int
	var mi interface{} = MyInt(5)
	_, isInt := mi.(int)
	v, isMy := mi.(MyInt)
	fmt.Println(isInt, isMy, v)
}
