package main

import "os"

func main() {
	f, err := os.Open("/dev/null")
	if err != nil {
		return
	}
	defer (f.Close())
}
