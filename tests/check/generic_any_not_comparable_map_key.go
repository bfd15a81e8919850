package main

func Index[K any, V any](keys []K) map[K]V { // ERROR "invalid map key type K"
	return nil
}

func main() {}
