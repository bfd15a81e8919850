package main

import "fmt"

type person struct {
	name string
	age  int
}

func newPerson(name string) *person {
	p := person{name: name}
	p.age = 42
	return &p
}

type Address struct {
	Street, City string
	Zip          int
}

type Employee struct {
	Name    string
	Tags    []string
	Addr    Address
	Boss    *Employee
	Salary  float64
	private bool
}

func main() {
	fmt.Println(person{"Bob", 20})
	fmt.Println(person{name: "Alice", age: 30})
	fmt.Println(person{name: "Fred"})
	fmt.Println(&person{name: "Ann", age: 40})
	fmt.Println(newPerson("Jon"))

	s := person{name: "Sean", age: 50}
	fmt.Println(s.name)
	sp := &s
	fmt.Println(sp.age)
	sp.age = 51
	fmt.Println(sp.age, s.age)

	// Anonymous struct.
	dog := struct {
		name   string
		isGood bool
	}{"Rex", true}
	fmt.Println(dog)
	fmt.Printf("%+v\n", dog)

	boss := &Employee{Name: "Ada", Salary: 1e6}
	e := Employee{Name: "Linus", Tags: []string{"dev", "ops"}, Addr: Address{"Main St", "Town", 12345}, Boss: boss, Salary: 5000.5}
	fmt.Printf("%v\n", e.Addr)
	fmt.Printf("%+v\n", e.Addr)
	fmt.Printf("%#v\n", e.Addr)
	fmt.Printf("%v\n", *boss)
	fmt.Printf("%+v\n", *boss)

	// Comparison and copying.
	a1 := Address{"A", "B", 1}
	a2 := a1
	a2.Zip = 2
	fmt.Println(a1 == a2, a1 == Address{"A", "B", 1})
	type key struct {
		x, y int
		tag  string
	}
	m := map[key]int{{1, 2, "a"}: 10}
	m[key{1, 2, "a"}]++
	m[key{2, 1, "a"}]++
	fmt.Println(m[key{1, 2, "a"}], len(m))

	// Structs holding slices share them on copy.
	e2 := e
	e2.Tags[0] = "DEV"
	e2.Name = "Copy"
	fmt.Println(e.Tags, e.Name, e2.Name)

	// Zero values and nested literal.
	var z Employee
	fmt.Printf("%+v\n", z)
	fmt.Println(z.Boss == nil, z.Tags == nil, z.Addr.City == "")
	points := []struct{ X, Y int }{{1, 2}, {3, 4}}
	points[0].X = 9
	fmt.Println(points)
	pm := map[string]*person{"x": {"X", 1}}
	pm["x"].age++
	fmt.Println(*pm["x"])
	// Empty struct.
	var empty struct{}
	set := map[string]struct{}{"a": {}, "b": empty}
	_, has := set["a"]
	fmt.Println(len(set), has, empty)
}
