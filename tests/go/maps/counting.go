package main

import "fmt"

func main() {
	text := "it was the best of times it was the worst of times"
	freq := map[string]int{}
	word := ""
	for _, c := range text + " " {
		if c == ' ' {
			if word != "" {
				freq[word]++
			}
			word = ""
			continue
		}
		word += string(c)
	}
	fmt.Println(freq)
	fmt.Println(len(freq))
	letters := map[rune]int{}
	for _, c := range "mississippi" {
		letters[c]++
	}
	fmt.Println(letters)
	seen := map[int]struct{}{}
	dups := 0
	for _, v := range []int{3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5} {
		if _, ok := seen[v]; ok {
			dups++
			continue
		}
		seen[v] = struct{}{}
	}
	fmt.Println(len(seen), dups, seen)
}
