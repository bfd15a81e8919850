package main

import "fmt"

type Address struct {
	City string
	Zip  int
}

type Employee struct {
	Name    string
	Addr    Address
	Skills  []string
	Manager *Employee
	Meta    map[string]int
}

func main() {
	boss := &Employee{Name: "Boss", Addr: Address{"Paris", 75001}}
	e := Employee{
		Name:    "Eve",
		Addr:    Address{City: "Lyon"},
		Skills:  []string{"go", "rust"},
		Manager: boss,
		Meta:    map[string]int{"level": 2},
	}
	fmt.Println(e.Name, e.Addr, e.Skills, e.Manager.Name, e.Meta)
	fmt.Printf("%+v\n", e.Addr)
	fmt.Printf("%+v\n", *e.Manager)
	staff := []*Employee{boss, &e}
	for _, s := range staff {
		fmt.Println(s.Name, s.Addr.City, s.Manager == nil)
	}
	e.Addr.Zip = 69000
	e.Manager.Addr.City = "Nice"
	fmt.Println(e.Addr, boss.Addr)
	matrix := [][]Address{{{"a", 1}}, {{"b", 2}, {"c", 3}}}
	fmt.Println(matrix)
	fmt.Printf("%#v\n", Address{"X", 1})
	fmt.Printf("%#v\n", []Address{{"Y", 2}})
	fmt.Printf("%#v\n", &Address{"Z", 3})
}
