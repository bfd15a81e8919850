package main

import "fmt"

func main() {
	arr := [8]int{0, 1, 2, 3, 4, 5, 6, 7}
	s := arr[2:4:5]
	fmt.Println(s, len(s), cap(s))
	s = append(s, 40)
	fmt.Println(arr, s)
	s = append(s, 50) // beyond cap 3: new array
	s[0] = 20
	fmt.Println(arr, s, cap(s))
	t := arr[:0:0]
	t = append(t, 9)
	fmt.Println(arr[0], t)
	u := arr[1:1:3]
	fmt.Println(len(u), cap(u), u[:2])
	sl := []string{"a", "b", "c", "d"}
	v := sl[1:3:3]
	w := append(v, "X")
	fmt.Println(sl, v, w)
	p := &arr
	fmt.Println(p[5:], p[:2:3], len(p[3:6]))
	str := "hello"
	fmt.Println(str[1:], str[:3], str[2:2] == "")
}
