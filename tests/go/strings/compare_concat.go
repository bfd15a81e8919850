package main

import "fmt"

func main() {
	words := []string{"banana", "apple", "Apple", "app", "", "b", "äpple", "applE"}
	for i := 0; i < len(words); i++ {
		for j := i + 1; j < len(words); j++ {
			if words[j] < words[i] {
				words[i], words[j] = words[j], words[i]
			}
		}
	}
	fmt.Printf("%q\n", words)
	a, b := "abc", "abd"
	fmt.Println(a < b, a <= b, a > b, a == "ab"+"c", "a" < "ab", "" < "a")
	s := ""
	for i := 0; i < 5; i++ {
		s += string(rune('a' + i))
	}
	fmt.Println(s, len(s))
	t := s
	s += "!"
	fmt.Println(t, s)
	fmt.Println("x" + "y" + fmt.Sprint(3) + "z")
	fmt.Println("\u00e9" == "\xc3\xa9", "é" == "e\u0301")
}
