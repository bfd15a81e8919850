package main

import (
	"fmt"
	"strings" // ERROR "imported and not used"
)

var strings = []string{"a", "b"} // ERROR "strings already declared through import of package strings"

func main() {
	fmt.Println(strings) // ERROR "use of package strings not in selector"
}
