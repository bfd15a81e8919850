package main

import "fmt"

func main() {
	var s []string
	s = append(s, "a")
	s = append(s, "b", "c")
	s = append(s, s...)
	fmt.Println(s, len(s))
	b := []byte("x")
	b = append(b, "yz"...)
	fmt.Println(string(b))
	n := copy(s, []string{"A", "B"})
	fmt.Println(n, s)
	buf := make([]byte, 3)
	n = copy(buf, "hello")
	fmt.Println(n, string(buf))
	m := map[int]string{1: "a", 2: "b", 3: "c"}
	delete(m, 2)
	delete(m, 42)
	fmt.Println(m, len(m))
	type T struct{ V []int }
	t := T{}
	t.V = append(t.V, 1)
	fmt.Println(t)
	joined := append([]int{1, 2}, []int{3, 4}...)
	joined = append(joined[:1], joined[2:]...)
	fmt.Println(joined)
	var iface []interface{}
	iface = append(iface, 1, "two", nil)
	fmt.Println(iface, len(iface))
}
