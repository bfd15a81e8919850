package main

import (
	"errors"
	"fmt"
)

type ConfigError struct {
	Key string
}

func (e *ConfigError) Error() string { return "config: missing key " + e.Key }

func load(keys []string) (map[string]string, error) {
	cfg := map[string]string{}
	for _, k := range keys {
		if k == "" {
			return nil, &ConfigError{Key: "<empty>"}
		}
		cfg[k] = "v-" + k
	}
	return cfg, nil
}

func must(cfg map[string]string, err error) map[string]string {
	if err != nil {
		panic(fmt.Errorf("must: %w", err))
	}
	return cfg
}

func main() {
	defer fmt.Println("deferred calls run while panicking")
	cfg := must(load([]string{"a", "b"}))
	fmt.Println(cfg)
	_, err := load([]string{"x", ""})
	ce, ok := err.(*ConfigError)
	fmt.Println(err, ok, ce.Key, errors.Unwrap(err) == nil)
	must(load([]string{""}))
	fmt.Println("not reached")
}
