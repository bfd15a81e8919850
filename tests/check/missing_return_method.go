package main

import (
	"errors"
	"fmt"
)

type store struct{ data map[string]string }

func (s *store) get(key string) (string, error) {
	if v, ok := s.data[key]; ok {
		return v, nil
	}
	if key == "" {
		return "", errors.New("empty key")
	}
} // ERROR "missing return"

func main() {
	s := &store{data: map[string]string{}}
	fmt.Println(s.get("x"))
}
