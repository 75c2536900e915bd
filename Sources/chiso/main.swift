import ChisoCore
print("placeholder")
