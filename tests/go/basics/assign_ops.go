package main

import "fmt"

func main() {
	x := 100
	x += 5
	fmt.Println(x)
	x -= 10
	fmt.Println(x)
	x *= 3
	fmt.Println(x)
	x /= 7
	fmt.Println(x)
	x %= 6
	fmt.Println(x)
	x <<= 4
	fmt.Println(x)
	x >>= 2
	fmt.Println(x)
	x |= 0x31
	fmt.Println(x)
	x &= 0x1e
	fmt.Println(x)
	x ^= 0xff
	fmt.Println(x)
	x &^= 0x0f
	fmt.Println(x)
	x++
	fmt.Println(x)
	x--
	x--
	fmt.Println(x)
	s := "ab"
	s += "cd"
	s += s
	fmt.Println(s)
	f := 1.5
	f *= 4
	f /= 3
	fmt.Println(f)
	arr := [3]int{1, 2, 3}
	i := 0
	arr[i] += 10
	arr[i+1] *= 5
	arr[2]++
	fmt.Println(arr)
	m := map[string]int{}
	m["k"] += 7
	m["k"]++
	m["z"]--
	fmt.Println(m)
}
