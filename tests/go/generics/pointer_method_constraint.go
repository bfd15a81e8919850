package main

import (
	"fmt"
	"strconv"
	"strings"
)

// Setter requires that *T has a Set method: the classic pointer-receiver
// constraint pattern.
type Setter[T any] interface {
	*T
	Set(string) error
}

func ParseAll[T any, PT Setter[T]](ss []string) ([]T, error) {
	out := make([]T, len(ss))
	for i, s := range ss {
		p := PT(&out[i])
		if err := p.Set(s); err != nil {
			return nil, fmt.Errorf("item %d: %w", i, err)
		}
	}
	return out, nil
}

type Celsius float64

func (c *Celsius) Set(s string) error {
	f, err := strconv.ParseFloat(strings.TrimSuffix(s, "C"), 64)
	if err != nil {
		return err
	}
	*c = Celsius(f)
	return nil
}

type Flag struct {
	Name string
	On   bool
}

func (f *Flag) Set(s string) error {
	name, val, ok := strings.Cut(s, "=")
	if !ok {
		return fmt.Errorf("missing = in %q", s)
	}
	b, err := strconv.ParseBool(val)
	if err != nil {
		return err
	}
	f.Name, f.On = name, b
	return nil
}

type Resetter interface{ Reset() }

type Buf struct{ data []byte }

func (b *Buf) Reset() { b.data = b.data[:0] }

func NewAndReset[T any, P interface {
	*T
	Resetter
}]() *T {
	var v T
	P(&v).Reset()
	return &v
}

func main() {
	temps, err := ParseAll[Celsius]([]string{"21.5C", "-4C", "0"})
	fmt.Println(temps, err)
	_, err = ParseAll[Celsius]([]string{"1", "hot"})
	fmt.Println(err)
	flags, err := ParseAll[Flag]([]string{"v=true", "q=0"})
	fmt.Printf("%+v %v\n", flags, err)
	_, err = ParseAll[Flag]([]string{"x"})
	fmt.Println(err)
	b := NewAndReset[Buf]()
	fmt.Println(b.data == nil, len(b.data))
}
