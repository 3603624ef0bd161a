using Mono.Cecil;
using Mono.Cecil.Cil;

namespace OrderConfirmation.Tests.Architecture;

/// <summary>
/// Collects every type a type definition names: base type, interfaces, generic constraints, fields, properties, events,
/// method signatures and overrides, custom attributes (with their typeof() arguments) and method bodies (type, method and
/// field operands, local variables, catch types). Generic instances, arrays, by-refs, pointers and modifiers are taken
/// apart; every type found is reduced to its outermost declaring type.
/// </summary>
internal sealed class TypeReferenceCollector
{
    private readonly HashSet<TypeName> _found = [];

    /// <summary>The top-level types <paramref name="type"/> names, its nested types included.</summary>
    public static IReadOnlySet<TypeName> Collect(TypeDefinition type)
    {
        var collector = new TypeReferenceCollector();
        collector.AddDefinition(type);
        return collector._found;
    }

    /// <summary>The top-level type that declares <paramref name="type"/> (itself when it is not nested).</summary>
    public static TypeName Outermost(TypeReference type)
    {
        while (type.DeclaringType is not null)
        {
            type = type.DeclaringType;
        }

        return new(type.Namespace, type.FullName);
    }

    private void AddDefinition(TypeDefinition type)
    {
        AddAttributes(type);
        Add(type.BaseType);
        foreach (var implementation in type.Interfaces)
        {
            Add(implementation.InterfaceType);
        }

        AddGenericParameters(type);
        foreach (var field in type.Fields)
        {
            AddAttributes(field);
            Add(field.FieldType);
        }

        foreach (var property in type.Properties)
        {
            AddAttributes(property);
            Add(property.PropertyType);
            AddParameters(property.Parameters);
        }

        foreach (var @event in type.Events)
        {
            AddAttributes(@event);
            Add(@event.EventType);
        }

        foreach (var method in type.Methods)
        {
            AddMethod(method);
        }

        foreach (var nested in type.NestedTypes)
        {
            AddDefinition(nested);
        }
    }

    private void AddMethod(MethodDefinition method)
    {
        AddAttributes(method);
        AddAttributes(method.MethodReturnType);
        Add(method.ReturnType);
        AddParameters(method.Parameters);
        AddGenericParameters(method);
        foreach (var overridden in method.Overrides)
        {
            AddMethodReference(overridden);
        }

        if (method.HasBody)
        {
            AddBody(method.Body);
        }
    }

    private void AddBody(MethodBody body)
    {
        foreach (var variable in body.Variables)
        {
            Add(variable.VariableType);
        }

        foreach (var handler in body.ExceptionHandlers)
        {
            Add(handler.CatchType);
        }

        foreach (var instruction in body.Instructions)
        {
            switch (instruction.Operand)
            {
                case TypeReference type:
                    Add(type);
                    break;
                case MethodReference method:
                    AddMethodReference(method);
                    break;
                case FieldReference field:
                    Add(field.DeclaringType);
                    Add(field.FieldType);
                    break;
                case CallSite site:
                    Add(site.ReturnType);
                    AddParameters(site.Parameters);
                    break;
            }
        }
    }

    private void AddMethodReference(MethodReference method)
    {
        Add(method.DeclaringType);
        Add(method.ReturnType);
        AddParameters(method.Parameters);
        if (method is GenericInstanceMethod instance)
        {
            foreach (var argument in instance.GenericArguments)
            {
                Add(argument);
            }
        }
    }

    private void AddParameters(IEnumerable<ParameterDefinition> parameters)
    {
        foreach (var parameter in parameters)
        {
            AddAttributes(parameter);
            Add(parameter.ParameterType);
        }
    }

    private void AddGenericParameters(IGenericParameterProvider owner)
    {
        foreach (var parameter in owner.GenericParameters)
        {
            AddAttributes(parameter);
            foreach (var constraint in parameter.Constraints)
            {
                AddAttributes(constraint);
                Add(constraint.ConstraintType);
            }
        }
    }

    private void AddAttributes(ICustomAttributeProvider provider)
    {
        if (!provider.HasCustomAttributes)
        {
            return;
        }

        foreach (var attribute in provider.CustomAttributes)
        {
            AddMethodReference(attribute.Constructor);
            foreach (var argument in attribute.ConstructorArguments)
            {
                AddAttributeArgument(argument);
            }

            foreach (var named in attribute.Fields.Concat(attribute.Properties))
            {
                AddAttributeArgument(named.Argument);
            }
        }
    }

    private void AddAttributeArgument(CustomAttributeArgument argument)
    {
        Add(argument.Type);
        switch (argument.Value)
        {
            case TypeReference type:
                Add(type);
                break;
            case CustomAttributeArgument boxed:
                AddAttributeArgument(boxed);
                break;
            case CustomAttributeArgument[] elements:
                foreach (var element in elements)
                {
                    AddAttributeArgument(element);
                }

                break;
        }
    }

    private void Add(TypeReference? type)
    {
        switch (type)
        {
            case null or GenericParameter:
                return;
            case GenericInstanceType instance:
                Add(instance.ElementType);
                foreach (var argument in instance.GenericArguments)
                {
                    Add(argument);
                }

                return;
            case FunctionPointerType pointer:
                Add(pointer.ReturnType);
                AddParameters(pointer.Parameters);
                return;
            case IModifierType modified:
                Add(modified.ModifierType);
                Add(modified.ElementType);
                return;
            case TypeSpecification specification:
                Add(specification.ElementType);
                return;
            default:
                _found.Add(Outermost(type));
                return;
        }
    }
}
