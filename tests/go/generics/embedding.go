package main

import (
	"fmt"
	"strings"
)

type List[T any] struct{ items []T }

func (l *List[T]) Push(v T)  { l.items = append(l.items, v) }
func (l *List[T]) Len() int  { return len(l.items) }
func (l List[T]) At(i int) T { return l.items[i] }

type Named struct{ Name string }

func (n Named) Hello() string { return "hi " + n.Name }

// A plain struct embedding an instantiated generic type.
type Playlist struct {
	Named
	List[string]
	Owner string
}

// A generic struct embedding another generic type with its own parameter.
type Audited[T any] struct {
	List[T]
	log []string
}

func (a *Audited[T]) Push(v T) {
	a.log = append(a.log, fmt.Sprintf("push %v", v))
	a.List.Push(v)
}

// Embedding a type parameter's instantiation through a pointer.
type Cache[K comparable, V any] struct {
	*Store[K, V]
	hits int
}

type Store[K comparable, V any] struct{ data map[K]V }

func (s *Store[K, V]) Load(k K) (V, bool) { v, ok := s.data[k]; return v, ok }

func (c *Cache[K, V]) Lookup(k K) V {
	v, ok := c.Load(k)
	if ok {
		c.hits++
	}
	return v
}

type Lener interface{ Len() int }

func main() {
	p := Playlist{Named: Named{"road"}, Owner: "ann"}
	p.Push("song1")
	p.Push("song2")
	fmt.Println(p.Hello(), p.Len(), p.At(1), p.items)
	fmt.Printf("%+v\n", p)
	var a Audited[int]
	a.Push(1)
	a.Push(2)
	a.List.Push(3)
	fmt.Println(a.Len(), a.items, strings.Join(a.log, ";"))
	var ls []Lener = []Lener{&p, &a, &a.List}
	for _, l := range ls {
		fmt.Printf("%T %d\n", l, l.Len())
	}
	c := Cache[string, int]{Store: &Store[string, int]{data: map[string]int{"a": 1}}}
	fmt.Println(c.Lookup("a"), c.Lookup("b"), c.Lookup("a"), c.hits)
	fmt.Printf("%T\n", c.Store)
}
