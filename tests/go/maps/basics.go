package main

import "fmt"

func main() {
	m := map[string]int{"one": 1, "two": 2}
	m["three"] = 3
	fmt.Println(len(m), m["two"], m["missing"])
	v, ok := m["one"]
	fmt.Println(v, ok)
	v, ok = m["zero"]
	fmt.Println(v, ok)
	delete(m, "one")
	delete(m, "nothing")
	fmt.Println(len(m), m)
	m["two"] = 22
	fmt.Println(m)
	var nm map[string]int
	fmt.Println(nm == nil, len(nm), nm["x"])
	_, present := nm["x"]
	fmt.Println(present)
	delete(nm, "x")
	for k := range nm {
		fmt.Println("never", k)
	}
	mm := make(map[int]bool, 100)
	mm[1] = true
	fmt.Println(len(mm), mm)
	alias := m
	alias["four"] = 4
	fmt.Println(len(m), m["four"])
	fmt.Printf("%v %+v %#v\n", m, map[int]string{2: "b", 1: "a"}, map[string]bool{"y": true, "n": false})
	type MyMap map[string]float64
	mym := MyMap{"pi": 3.14}
	fmt.Printf("%T %v %#v\n", mym, mym, mym)
}
