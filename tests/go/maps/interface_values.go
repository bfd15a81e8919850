package main

import "fmt"

func main() {
	m := map[string]interface{}{
		"name":  "gopher",
		"age":   13,
		"pi":    3.14,
		"tags":  []string{"a", "b"},
		"ok":    true,
		"inner": map[string]int{"z": 26, "a": 1},
		"nil":   nil,
	}
	fmt.Println(m)
	fmt.Println(len(m))
	for _, k := range []string{"name", "age", "pi", "tags", "ok", "inner", "nil", "missing"} {
		v, ok := m[k]
		fmt.Printf("%s: %T %v %v\n", k, v, v, ok)
	}
	if n, ok := m["age"].(int); ok {
		m["age"] = n + 1
	}
	fmt.Println(m["age"])
}
