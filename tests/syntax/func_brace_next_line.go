package main

func main()
{
	println("allman style")
}
