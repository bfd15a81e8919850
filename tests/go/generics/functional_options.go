package main

import (
	"fmt"
	"strings"
)

type Option[T any] func(*T)

func Apply[T any](v T, opts ...Option[T]) T {
	for _, o := range opts {
		o(&v)
	}
	return v
}

type Server struct {
	Host    string
	Port    int
	Tags    []string
	Verbose bool
}

func WithPort(p int) Option[Server]   { return func(s *Server) { s.Port = p } }
func WithTag(t string) Option[Server] { return func(s *Server) { s.Tags = append(s.Tags, t) } }
func When[T any](c bool, o Option[T]) Option[T] {
	if !c {
		return func(*T) {}
	}
	return o
}

type Builder[T any] struct {
	steps []string
	opts  []Option[T]
}

func (b *Builder[T]) Add(name string, o Option[T]) *Builder[T] {
	b.steps = append(b.steps, name)
	b.opts = append(b.opts, o)
	return b
}

func (b *Builder[T]) Build(base T) (T, string) {
	return Apply(base, b.opts...), strings.Join(b.steps, ",")
}

func main() {
	s := Apply(Server{Host: "localhost", Port: 80}, WithPort(8080), WithTag("a"), WithTag("b"),
		When(false, WithPort(1)), When(true, func(s *Server) { s.Verbose = true }))
	fmt.Printf("%+v\n", s)
	fmt.Printf("%+v\n", Apply(Server{}))
	var b Builder[[]int]
	out, steps := b.Add("push1", func(p *[]int) { *p = append(*p, 1) }).
		Add("double", func(p *[]int) {
			for i := range *p {
				(*p)[i] *= 2
			}
		}).
		Add("push3", func(p *[]int) { *p = append(*p, 3) }).
		Build([]int{5})
	fmt.Println(out, steps)
	n := Apply(10, func(p *int) { *p++ }, func(p *int) { *p *= 3 })
	fmt.Println(n)
}
