package main

import "fmt"

type Lesser interface {
	Len() int
	Less(i, j int) bool
	Swap(i, j int)
}

func bubble(s Lesser) {
	for i := 0; i < s.Len(); i++ {
		for j := s.Len() - 1; j > i; j-- {
			if s.Less(j, j-1) {
				s.Swap(j, j-1)
			}
		}
	}
}

type ByLen []string

func (b ByLen) Len() int { return len(b) }
func (b ByLen) Less(i, j int) bool {
	return len(b[i]) < len(b[j]) || len(b[i]) == len(b[j]) && b[i] < b[j]
}
func (b ByLen) Swap(i, j int) { b[i], b[j] = b[j], b[i] }

type Person struct {
	Name string
	Age  int
}

type ByAge []Person

func (b ByAge) Len() int           { return len(b) }
func (b ByAge) Less(i, j int) bool { return b[i].Age < b[j].Age }
func (b ByAge) Swap(i, j int)      { b[i], b[j] = b[j], b[i] }

type Reverse struct{ Lesser }

func (r Reverse) Less(i, j int) bool { return r.Lesser.Less(j, i) }

func main() {
	words := []string{"banana", "kiwi", "apple", "fig", "cherry", "date"}
	bubble(ByLen(words))
	fmt.Println(words)
	people := []Person{{"A", 30}, {"B", 20}, {"C", 40}, {"D", 25}}
	bubble(ByAge(people))
	fmt.Println(people)
	bubble(Reverse{ByAge(people)})
	fmt.Println(people)
}
