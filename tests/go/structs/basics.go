package main

import "fmt"

type Person struct {
	Name string
	Age  int
	tags []string
}

type Empty struct{}

func main() {
	p := Person{"Ann", 30, nil}
	q := Person{Name: "Bob"}
	var r Person
	fmt.Println(p, q, r)
	fmt.Printf("%v|%+v|%#v\n", p, q, r)
	p.Age++
	fmt.Println(p.Age, p.Name)
	pp := &p
	pp.Name = "Anna"
	fmt.Println(p.Name, (*pp).Age)
	fmt.Printf("%v %+v\n", pp, pp)
	c := p
	c.Name = "Copy"
	fmt.Println(p.Name, c.Name)
	var e Empty
	fmt.Println(e, Empty{} == e)
	fmt.Printf("%#v %T\n", e, e)
	p.tags = append(p.tags, "x")
	fmt.Printf("%+v\n", p)
}
