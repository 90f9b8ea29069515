# compiled from a template with key 99cf9f95f56dcec197fa9d2c6b26d89d9ad93f44a32b12e44edde4166c7a0d92
from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'report.md.j2'

def root(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_region = resolve('region')
    l_0_as_of = resolve('as_of')
    l_0_lang = resolve('lang')
    l_0_audience = resolve('audience')
    l_0_commit = resolve('commit')
    l_0_L = resolve('L')
    l_0_banner = resolve('banner')
    l_0_as_of_words = resolve('as_of_words')
    l_0__ggznet_loop = resolve('_ggznet_loop')
    l_0_figures = resolve('figures')
    l_0_contacts = resolve('contacts')
    l_0_contact_columns = resolve('contact_columns')
    l_0_actors_by_domain = resolve('actors_by_domain')
    l_0_network = resolve('network')
    l_0_diagram = resolve('diagram')
    l_0_terminal = resolve('terminal')
    l_0_network_text = resolve('network_text')
    l_0_initiative_groups = resolve('initiative_groups')
    l_0_coverage = resolve('coverage')
    l_0_meetings = resolve('meetings')
    l_0_actions = resolve('actions')
    l_0_risks = resolve('risks')
    l_0_inspiration = resolve('inspiration')
    l_0_sources = resolve('sources')
    try:
        t_1 = environment.filters['block']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'block' found.")
    try:
        t_2 = environment.filters['capitalize']
    except KeyError:
        @internalcode
        def t_2(*unused):
            raise TemplateRuntimeError("No filter named 'capitalize' found.")
    try:
        t_3 = environment.filters['cell']
    except KeyError:
        @internalcode
        def t_3(*unused):
            raise TemplateRuntimeError("No filter named 'cell' found.")
    try:
        t_4 = environment.filters['join']
    except KeyError:
        @internalcode
        def t_4(*unused):
            raise TemplateRuntimeError("No filter named 'join' found.")
    try:
        t_5 = environment.filters['length']
    except KeyError:
        @internalcode
        def t_5(*unused):
            raise TemplateRuntimeError("No filter named 'length' found.")
    try:
        t_6 = environment.filters['link']
    except KeyError:
        @internalcode
        def t_6(*unused):
            raise TemplateRuntimeError("No filter named 'link' found.")
    try:
        t_7 = environment.filters['map']
    except KeyError:
        @internalcode
        def t_7(*unused):
            raise TemplateRuntimeError("No filter named 'map' found.")
    try:
        t_8 = environment.filters['md']
    except KeyError:
        @internalcode
        def t_8(*unused):
            raise TemplateRuntimeError("No filter named 'md' found.")
    pass
    _ggznet_chunk = []
    _ggznet_chunk.extend((
        '<!-- ggznet report ',
        str(environment.getattr((undefined(name='region') if l_0_region is missing else l_0_region), 'id')),
        '; as-of ',
        str((undefined(name='as_of') if l_0_as_of is missing else l_0_as_of)),
        '; lang ',
        str((undefined(name='lang') if l_0_lang is missing else l_0_lang)),
        '; audience ',
        str((undefined(name='audience') if l_0_audience is missing else l_0_audience)),
        '; data ',
        str((undefined(name='commit') if l_0_commit is missing else l_0_commit)),
        ' -->\n# ',
        str(environment.getattr((undefined(name='L') if l_0_L is missing else l_0_L), 'report_title')),
        ' ',
        str(t_8(environment.getattr((undefined(name='region') if l_0_region is missing else l_0_region), 'name'))),
        '\n\n',
    ))
    yield ''.join(_ggznet_chunk)
    if (undefined(name='banner') if l_0_banner is missing else l_0_banner):
        pass
        _ggznet_chunk = []
        _ggznet_chunk.extend((
            '> **',
            str((undefined(name='banner') if l_0_banner is missing else l_0_banner)),
            '** ',
            str(environment.getattr((undefined(name='L') if l_0_L is missing else l_0_L), 'invalid_hint')),
            '\n\n',
        ))
        yield ''.join(_ggznet_chunk)
    _ggznet_chunk = []
    _ggznet_chunk.extend((
        str(t_4(context.eval_ctx, t_7(context, environment.getattr((undefined(name='region') if l_0_region is missing else l_0_region), 'path'), 'md'), ' › ')),
        '\n\n',
        str(environment.getattr((undefined(name='L') if l_0_L is missing else l_0_L), 'data_commit')),
        ': `',
        str((undefined(name='commit') if l_0_commit is missing else l_0_commit)),
        '` · ',
        str(environment.getattr((undefined(name='L') if l_0_L is missing else l_0_L), 'as_of')),
        ': ',
        str((undefined(name='as_of_words') if l_0_as_of_words is missing else l_0_as_of_words)),
        '\n\n## ',
        str(environment.getattr((undefined(name='L') if l_0_L is missing else l_0_L), 'key_figures')),
        '\n\n| ',
        str(environment.getattr((undefined(name='L') if l_0_L is missing else l_0_L), 'figure')),
        ' | ',
        str(environment.getattr((undefined(name='L') if l_0_L is missing else l_0_L), 'count')),
        ' |\n| --- | ---: |\n',
    ))
    yield ''.join(_ggznet_chunk)
    for (l_1_name, l_1_count) in environment.call(context, (undefined(name='_ggznet_loop') if l_0__ggznet_loop is missing else l_0__ggznet_loop), environment.getattr((undefined(name='figures') if l_0_figures is missing else l_0_figures), 'actors_by_type')):
        _loop_vars = {}
        pass
        _ggznet_chunk = []
        _ggznet_chunk.extend((
            '| ',
            str(environment.getattr((undefined(name='L') if l_0_L is missing else l_0_L), 'actors_by_type')),
            ': ',
            str(t_3(l_1_name)),
            ' | ',
            str(l_1_count),
            ' |\n',
        ))
        yield ''.join(_ggznet_chunk)
    l_1_name = l_1_count = missing
    for (l_1_name, l_1_count) in environment.call(context, (undefined(name='_ggznet_loop') if l_0__ggznet_loop is missing else l_0__ggznet_loop), environment.getattr((undefined(name='figures') if l_0_figures is missing else l_0_figures), 'initiatives_by_status')):
        _loop_vars = {}
        pass
        _ggznet_chunk = []
        _ggznet_chunk.extend((
            '| ',
            str(environment.getattr((undefined(name='L') if l_0_L is missing else l_0_L), 'initiatives_by_status')),
            ': ',
            str(t_3(l_1_name)),
            ' | ',
            str(l_1_count),
            ' |\n',
        ))
        yield ''.join(_ggznet_chunk)
    l_1_name = l_1_count = missing
    _ggznet_chunk = []
    _ggznet_chunk.extend((
        '| ',
        str(environment.getattr((undefined(name='L') if l_0_L is missing else l_0_L), 'meetings')),
        ': ',
        str(environment.getattr((undefined(name='L') if l_0_L is missing else l_0_L), 'held')),
        ' | ',
        str(environment.getattr((undefined(name='figures') if l_0_figures is missing else l_0_figures), 'meetings_held')),
        ' |\n| ',
        str(environment.getattr((undefined(name='L') if l_0_L is missing else l_0_L), 'meetings')),
        ': ',
        str(environment.getattr((undefined(name='L') if l_0_L is missing else l_0_L), 'planned')),
        ' | ',
        str(environment.getattr((undefined(name='figures') if l_0_figures is missing else l_0_figures), 'meetings_planned')),
        ' |\n',
    ))
    yield ''.join(_ggznet_chunk)
    if environment.getattr((undefined(name='figures') if l_0_figures is missing else l_0_figures), 'meetings_unknown'):
        pass
        _ggznet_chunk = []
        _ggznet_chunk.extend((
            '| ',
            str(environment.getattr((undefined(name='L') if l_0_L is missing else l_0_L), 'meetings')),
            ': ',
            str(environment.getattr((undefined(name='L') if l_0_L is missing else l_0_L), 'outcome_unknown')),
            ' | ',
            str(environment.getattr((undefined(name='figures') if l_0_figures is missing else l_0_figures), 'meetings_unknown')),
            ' |\n',
        ))
        yield ''.join(_ggznet_chunk)
    _ggznet_chunk = []
    _ggznet_chunk.extend((
        '| ',
        str(environment.getattr((undefined(name='L') if l_0_L is missing else l_0_L), 'open_actions')),
        ' | ',
        str(environment.getattr((undefined(name='figures') if l_0_figures is missing else l_0_figures), 'open_actions')),
        ' |\n| ',
        str(environment.getattr((undefined(name='L') if l_0_L is missing else l_0_L), 'overdue_actions')),
        ' | ',
        str(environment.getattr((undefined(name='figures') if l_0_figures is missing else l_0_figures), 'overdue_actions')),
        ' |\n',
    ))
    yield ''.join(_ggznet_chunk)
    if environment.getattr((undefined(name='figures') if l_0_figures is missing else l_0_figures), 'not_stated'):
        pass
        _ggznet_chunk = []
        _ggznet_chunk.extend((
            '| ',
            str(environment.getattr((undefined(name='L') if l_0_L is missing else l_0_L), 'not_stated_values')),
            ' | ',
            str(environment.getattr((undefined(name='figures') if l_0_figures is missing else l_0_figures), 'not_stated')),
            ' |\n',
        ))
        yield ''.join(_ggznet_chunk)
    _ggznet_chunk = []
    _ggznet_chunk.extend((
        '\n## ',
        str(environment.getattr((undefined(name='L') if l_0_L is missing else l_0_L), 'the_region')),
        '\n\n',
    ))
    yield ''.join(_ggznet_chunk)
    if environment.getattr((undefined(name='region') if l_0_region is missing else l_0_region), 'description'):
        pass
        _ggznet_chunk = []
        _ggznet_chunk.extend((
            str(t_1(environment.getattr((undefined(name='region') if l_0_region is missing else l_0_region), 'description'))),
            '\n\n',
        ))
        yield ''.join(_ggznet_chunk)
    _ggznet_chunk = []
    _ggznet_chunk.extend((
        '- **',
        str(environment.getattr((undefined(name='L') if l_0_L is missing else l_0_L), 'municipalities')),
        ':** ',
        str((t_4(context.eval_ctx, t_7(context, environment.getattr((undefined(name='region') if l_0_region is missing else l_0_region), 'municipalities'), 'md'), ', ') if environment.getattr((undefined(name='region') if l_0_region is missing else l_0_region), 'municipalities') else environment.getattr((undefined(name='L') if l_0_L is missing else l_0_L), 'none_recorded'))),
        '\n- **',
        str(environment.getattr((undefined(name='L') if l_0_L is missing else l_0_L), 'subregions')),
        ':** ',
    ))
    yield ''.join(_ggznet_chunk)
    if environment.getattr((undefined(name='region') if l_0_region is missing else l_0_region), 'subregions'):
        pass
        l_1_loop = missing
        for l_1_r, l_1_loop in LoopContext(environment.call(context, (undefined(name='_ggznet_loop') if l_0__ggznet_loop is missing else l_0__ggznet_loop), environment.getattr((undefined(name='region') if l_0_region is missing else l_0_region), 'subregions')), undefined):
            _loop_vars = {}
            pass
            _ggznet_chunk = []
            _ggznet_chunk.extend((
                str(t_8(environment.getattr(l_1_r, 'name'))),
                ' (',
                str(environment.getattr(l_1_r, 'type')),
                ')',
                str((', ' if (not environment.getattr(l_1_loop, 'last')) else cond_expr_undefined("the inline if-expression on line 41 in 'report.md.j2' evaluated to false and no else section was defined."))),
            ))
            yield ''.join(_ggznet_chunk)
        l_1_loop = l_1_r = missing
    else:
        pass
        yield str(environment.getattr((undefined(name='L') if l_0_L is missing else l_0_L), 'none_recorded'))
    _ggznet_chunk = []
    _ggznet_chunk.extend((
        '\n- **',
        str(environment.getattr((undefined(name='L') if l_0_L is missing else l_0_L), 'insurers')),
        ':** ',
        str((t_4(context.eval_ctx, t_7(context, environment.getattr((undefined(name='region') if l_0_region is missing else l_0_region), 'insurers'), 'md'), ', ') if environment.getattr((undefined(name='region') if l_0_region is missing else l_0_region), 'insurers') else environment.getattr((undefined(name='L') if l_0_L is missing else l_0_L), 'none_recorded'))),
        '\n- **',
        str(environment.getattr((undefined(name='L') if l_0_L is missing else l_0_L), 'support_organisations')),
        ':** ',
        str((t_4(context.eval_ctx, t_7(context, environment.getattr((undefined(name='region') if l_0_region is missing else l_0_region), 'support_organisations'), 'md'), ', ') if environment.getattr((undefined(name='region') if l_0_region is missing else l_0_region), 'support_organisations') else environment.getattr((undefined(name='L') if l_0_L is missing else l_0_L), 'none_recorded'))),
        '\n\n',
    ))
    yield ''.join(_ggznet_chunk)
    if ((undefined(name='audience') if l_0_audience is missing else l_0_audience) == 'public'):
        pass
        _ggznet_chunk = []
        _ggznet_chunk.extend((
            '*',
            str(environment.getattr((undefined(name='L') if l_0_L is missing else l_0_L), 'contacts_left_out')),
            '*\n\n',
        ))
        yield ''.join(_ggznet_chunk)
    elif (undefined(name='contacts') if l_0_contacts is missing else l_0_contacts):
        pass
        _ggznet_chunk = []
        _ggznet_chunk.extend((
            '### ',
            str(environment.getattr((undefined(name='L') if l_0_L is missing else l_0_L), 'contacts')),
            '\n\n|',
        ))
        yield ''.join(_ggznet_chunk)
        for l_1_f in environment.call(context, (undefined(name='_ggznet_loop') if l_0__ggznet_loop is missing else l_0__ggznet_loop), (undefined(name='contact_columns') if l_0_contact_columns is missing else l_0_contact_columns)):
            _loop_vars = {}
            pass
            _ggznet_chunk = []
            _ggznet_chunk.extend((
                ' ',
                str(environment.getitem((undefined(name='L') if l_0_L is missing else l_0_L), l_1_f)),
                ' |',
            ))
            yield ''.join(_ggznet_chunk)
        l_1_f = missing
        yield '\n|'
        for l_1_f in environment.call(context, (undefined(name='_ggznet_loop') if l_0__ggznet_loop is missing else l_0__ggznet_loop), (undefined(name='contact_columns') if l_0_contact_columns is missing else l_0_contact_columns)):
            _loop_vars = {}
            pass
            yield ' --- |'
        l_1_f = missing
        yield '\n'
        for l_1_c in environment.call(context, (undefined(name='_ggznet_loop') if l_0__ggznet_loop is missing else l_0__ggznet_loop), (undefined(name='contacts') if l_0_contacts is missing else l_0_contacts)):
            _loop_vars = {}
            pass
            yield '|'
            for l_2_f in environment.call(context, (undefined(name='_ggznet_loop') if l_0__ggznet_loop is missing else l_0__ggznet_loop), (undefined(name='contact_columns') if l_0_contact_columns is missing else l_0_contact_columns), _loop_vars=_loop_vars):
                _loop_vars = {}
                pass
                _ggznet_chunk = []
                _ggznet_chunk.extend((
                    ' ',
                    str(t_3((environment.getitem(l_1_c, l_2_f) or '–'))),
                    ' |',
                ))
                yield ''.join(_ggznet_chunk)
            l_2_f = missing
            yield '\n'
        l_1_c = missing
        yield '\n'
    _ggznet_chunk = []
    _ggznet_chunk.extend((
        '## ',
        str(environment.getattr((undefined(name='L') if l_0_L is missing else l_0_L), 'network')),
        '\n\n### ',
        str(environment.getattr((undefined(name='L') if l_0_L is missing else l_0_L), 'actors_by_domain')),
        '\n\n',
    ))
    yield ''.join(_ggznet_chunk)
    t_9 = 1
    for (l_1_domain, l_1_names) in environment.call(context, (undefined(name='_ggznet_loop') if l_0__ggznet_loop is missing else l_0__ggznet_loop), (undefined(name='actors_by_domain') if l_0_actors_by_domain is missing else l_0_actors_by_domain)):
        _loop_vars = {}
        pass
        _ggznet_chunk = []
        _ggznet_chunk.extend((
            '- **',
            str(t_8(l_1_domain)),
            ':** ',
            str(t_4(context.eval_ctx, t_7(context, l_1_names, 'md'), ', ')),
            '\n',
        ))
        yield ''.join(_ggznet_chunk)
        t_9 = 0
    l_1_domain = l_1_names = missing
    if t_9:
        pass
        _ggznet_chunk = []
        _ggznet_chunk.extend((
            str(environment.getattr((undefined(name='L') if l_0_L is missing else l_0_L), 'none_recorded')),
            '\n',
        ))
        yield ''.join(_ggznet_chunk)
    yield '\n'
    if (((environment.getattr((undefined(name='network') if l_0_network is missing else l_0_network), 'bridges') or environment.getattr((undefined(name='network') if l_0_network is missing else l_0_network), 'isolated')) or environment.getattr((undefined(name='network') if l_0_network is missing else l_0_network), 'single')) or environment.getattr((undefined(name='network') if l_0_network is missing else l_0_network), 'unlinked')):
        pass
        _ggznet_chunk = []
        _ggznet_chunk.extend((
            '### ',
            str(environment.getattr((undefined(name='L') if l_0_L is missing else l_0_L), 'network_analysis')),
            '\n\n',
        ))
        yield ''.join(_ggznet_chunk)
        if environment.getattr((undefined(name='network') if l_0_network is missing else l_0_network), 'bridges'):
            pass
            _ggznet_chunk = []
            _ggznet_chunk.extend((
                '- **',
                str(environment.getattr((undefined(name='L') if l_0_L is missing else l_0_L), 'bridges')),
                ':** ',
                str(t_4(context.eval_ctx, t_7(context, environment.getattr((undefined(name='network') if l_0_network is missing else l_0_network), 'bridges'), 'md'), ', ')),
                '\n',
            ))
            yield ''.join(_ggznet_chunk)
        if environment.getattr((undefined(name='network') if l_0_network is missing else l_0_network), 'single'):
            pass
            _ggznet_chunk = []
            _ggznet_chunk.extend((
                '- **',
                str(environment.getattr((undefined(name='L') if l_0_L is missing else l_0_L), 'single_actor')),
                ':** ',
                str(t_4(context.eval_ctx, t_7(context, environment.getattr((undefined(name='network') if l_0_network is missing else l_0_network), 'single'), 'md'), '; ')),
                '\n',
            ))
            yield ''.join(_ggznet_chunk)
        if environment.getattr((undefined(name='network') if l_0_network is missing else l_0_network), 'isolated'):
            pass
            _ggznet_chunk = []
            _ggznet_chunk.extend((
                '- **',
                str(environment.getattr((undefined(name='L') if l_0_L is missing else l_0_L), 'isolated')),
                ':** ',
                str(t_4(context.eval_ctx, t_7(context, environment.getattr((undefined(name='network') if l_0_network is missing else l_0_network), 'isolated'), 'md'), ', ')),
                '\n',
            ))
            yield ''.join(_ggznet_chunk)
        if environment.getattr((undefined(name='network') if l_0_network is missing else l_0_network), 'unlinked'):
            pass
            _ggznet_chunk = []
            _ggznet_chunk.extend((
                '- **',
                str(environment.getattr((undefined(name='L') if l_0_L is missing else l_0_L), 'unlinked')),
                ':** ',
                str(t_4(context.eval_ctx, t_7(context, environment.getattr((undefined(name='network') if l_0_network is missing else l_0_network), 'unlinked'), 'md'), ', ')),
                '\n',
            ))
            yield ''.join(_ggznet_chunk)
        yield '\n'
    if (environment.getattr((undefined(name='diagram') if l_0_diagram is missing else l_0_diagram), 'source') and (undefined(name='terminal') if l_0_terminal is missing else l_0_terminal)):
        pass
        _ggznet_chunk = []
        _ggznet_chunk.extend((
            '### ',
            str(environment.getattr((undefined(name='L') if l_0_L is missing else l_0_L), 'network_text')),
            '\n\n',
        ))
        yield ''.join(_ggznet_chunk)
        for l_1_a in environment.call(context, (undefined(name='_ggznet_loop') if l_0__ggznet_loop is missing else l_0__ggznet_loop), (undefined(name='network_text') if l_0_network_text is missing else l_0_network_text)):
            l_1__ggznet_join = resolve('_ggznet_join')
            _loop_vars = {}
            pass
            _ggznet_chunk = []
            _ggznet_chunk.extend((
                '- **',
                str(t_8(environment.getattr(l_1_a, 'name'))),
                '** ',
                str(environment.call(context, environment.getattr(environment.getattr((undefined(name='L') if l_0_L is missing else l_0_L), 'works_with'), 'format'), partners=str_join((environment.call(context, (undefined(name='_ggznet_join') if l_1__ggznet_join is missing else l_1__ggznet_join), t_4(context.eval_ctx, t_7(context, environment.getattr(l_1_a, 'partners'), 'md'), ', '), (str_join((environment.call(context, (undefined(name='_ggznet_join') if l_1__ggznet_join is missing else l_1__ggznet_join), ' ', environment.call(context, environment.getattr(environment.getattr((undefined(name='L') if l_0_L is missing else l_0_L), 'and_more'), 'format'), count=environment.getattr(l_1_a, 'more'), _loop_vars=_loop_vars), _loop_vars=_loop_vars), )) if environment.getattr(l_1_a, 'more') else ''), _loop_vars=_loop_vars), )), _loop_vars=_loop_vars)),
                ' (',
                str(environment.getattr((undefined(name='L') if l_0_L is missing else l_0_L), 'via')),
                ' ',
                str(t_4(context.eval_ctx, t_7(context, environment.getattr(l_1_a, 'via'), 'md'), ', ')),
            ))
            yield ''.join(_ggznet_chunk)
            if environment.getattr(l_1_a, 'more_via'):
                pass
                yield ', …'
            yield ')\n'
        l_1_a = l_1__ggznet_join = missing
        yield '\n'
    elif environment.getattr((undefined(name='diagram') if l_0_diagram is missing else l_0_diagram), 'source'):
        pass
        _ggznet_chunk = []
        _ggznet_chunk.extend((
            '### ',
            str(environment.getattr((undefined(name='L') if l_0_L is missing else l_0_L), 'diagram')),
            '\n\n',
            str(environment.getattr((undefined(name='L') if l_0_L is missing else l_0_L), 'diagram_note')),
        ))
        yield ''.join(_ggznet_chunk)
        if environment.getattr((undefined(name='diagram') if l_0_diagram is missing else l_0_diagram), 'cut'):
            pass
            _ggznet_chunk = []
            _ggznet_chunk.extend((
                ' ',
                str(environment.getattr((undefined(name='diagram') if l_0_diagram is missing else l_0_diagram), 'note')),
            ))
            yield ''.join(_ggznet_chunk)
        _ggznet_chunk = []
        _ggznet_chunk.extend((
            '\n\n```mermaid\n',
            str(environment.getattr((undefined(name='diagram') if l_0_diagram is missing else l_0_diagram), 'source')),
            '\n```\n',
        ))
        yield ''.join(_ggznet_chunk)
    _ggznet_chunk = []
    _ggznet_chunk.extend((
        '\n## ',
        str(environment.getattr((undefined(name='L') if l_0_L is missing else l_0_L), 'initiatives')),
        '\n\n',
    ))
    yield ''.join(_ggznet_chunk)
    l_1_loop = missing
    t_10 = 1
    for l_1_group, l_1_loop in LoopContext(environment.call(context, (undefined(name='_ggznet_loop') if l_0__ggznet_loop is missing else l_0__ggznet_loop), (undefined(name='initiative_groups') if l_0_initiative_groups is missing else l_0_initiative_groups)), undefined):
        _loop_vars = {}
        pass
        _ggznet_chunk = []
        _ggznet_chunk.extend((
            '### ',
            str(t_2(environment.getattr(l_1_group, 'status'))),
            ' (',
            str(t_5(environment.getattr(l_1_group, 'initiatives'))),
            ')\n\n',
        ))
        yield ''.join(_ggznet_chunk)
        l_2_loop = missing
        for l_2_ini, l_2_loop in LoopContext(environment.call(context, (undefined(name='_ggznet_loop') if l_0__ggznet_loop is missing else l_0__ggznet_loop), environment.getattr(l_1_group, 'initiatives'), _loop_vars=_loop_vars), undefined):
            _loop_vars = {}
            pass
            _ggznet_chunk = []
            _ggznet_chunk.extend((
                '#### ',
                str(t_8(environment.getattr(l_2_ini, 'name'))),
                '\n\n- **',
                str(environment.getattr((undefined(name='L') if l_0_L is missing else l_0_L), 'type')),
                ':** ',
                str(environment.getattr(l_2_ini, 'type')),
            ))
            yield ''.join(_ggznet_chunk)
            if environment.getattr(l_2_ini, 'period'):
                pass
                _ggznet_chunk = []
                _ggznet_chunk.extend((
                    ' · **',
                    str(environment.getattr((undefined(name='L') if l_0_L is missing else l_0_L), 'period')),
                    ':** ',
                    str(environment.getattr(l_2_ini, 'period')),
                ))
                yield ''.join(_ggznet_chunk)
            if environment.getattr(l_2_ini, 'part_of'):
                pass
                _ggznet_chunk = []
                _ggznet_chunk.extend((
                    ' · **',
                    str(environment.getattr((undefined(name='L') if l_0_L is missing else l_0_L), 'part_of')),
                    ':** ',
                    str(t_8(environment.getattr(l_2_ini, 'part_of'))),
                ))
                yield ''.join(_ggznet_chunk)
            _ggznet_chunk = []
            _ggznet_chunk.extend((
                '\n- **',
                str(environment.getattr((undefined(name='L') if l_0_L is missing else l_0_L), 'themes')),
                ':** ',
                str((t_4(context.eval_ctx, t_7(context, environment.getattr(l_2_ini, 'themes'), 'md'), ', ') if environment.getattr(l_2_ini, 'themes') else '–')),
                '\n- **',
                str(environment.getattr((undefined(name='L') if l_0_L is missing else l_0_L), 'domains')),
                ':** ',
                str((t_4(context.eval_ctx, t_7(context, environment.getattr(l_2_ini, 'domains'), 'md'), ', ') if environment.getattr(l_2_ini, 'domains') else '–')),
                '\n- **',
                str(environment.getattr((undefined(name='L') if l_0_L is missing else l_0_L), 'owner')),
                ':** ',
            ))
            yield ''.join(_ggznet_chunk)
            if environment.getattr(l_2_ini, 'owners'):
                pass
                yield str(t_4(context.eval_ctx, t_7(context, environment.getattr(l_2_ini, 'owners'), 'md'), ', '))
                if environment.getattr(l_2_ini, 'owner_by_initiators'):
                    pass
                    _ggznet_chunk = []
                    _ggznet_chunk.extend((
                        ' (',
                        str((environment.getattr((undefined(name='L') if l_0_L is missing else l_0_L), 'owner_as_initiators') if (t_5(environment.getattr(l_2_ini, 'owners')) > 1) else environment.getattr((undefined(name='L') if l_0_L is missing else l_0_L), 'owner_as_initiator'))),
                        ')',
                    ))
                    yield ''.join(_ggznet_chunk)
            else:
                pass
                _ggznet_chunk = []
                _ggznet_chunk.extend((
                    '*',
                    str(environment.getattr((undefined(name='L') if l_0_L is missing else l_0_L), 'no_owner')),
                    '*',
                ))
                yield ''.join(_ggznet_chunk)
            yield '\n'
            if environment.getattr(l_2_ini, 'involved'):
                pass
                _ggznet_chunk = []
                _ggznet_chunk.extend((
                    '- **',
                    str(environment.getattr((undefined(name='L') if l_0_L is missing else l_0_L), 'involved')),
                    ':** ',
                ))
                yield ''.join(_ggznet_chunk)
                l_3_loop = missing
                for l_3_p, l_3_loop in LoopContext(environment.call(context, (undefined(name='_ggznet_loop') if l_0__ggznet_loop is missing else l_0__ggznet_loop), environment.getattr(l_2_ini, 'involved'), _loop_vars=_loop_vars), undefined):
                    _loop_vars = {}
                    pass
                    _ggznet_chunk = []
                    _ggznet_chunk.extend((
                        str(t_8(environment.getattr(l_3_p, 'name'))),
                        ' (',
                        str(environment.getattr(l_3_p, 'role')),
                        ')',
                        str((', ' if (not environment.getattr(l_3_loop, 'last')) else cond_expr_undefined("the inline if-expression on line 122 in 'report.md.j2' evaluated to false and no else section was defined."))),
                    ))
                    yield ''.join(_ggznet_chunk)
                l_3_loop = l_3_p = missing
                yield '\n'
            if environment.getattr(l_2_ini, 'summary'):
                pass
                _ggznet_chunk = []
                _ggznet_chunk.extend((
                    '\n',
                    str(t_1(environment.getattr(l_2_ini, 'summary'))),
                    '\n',
                ))
                yield ''.join(_ggznet_chunk)
            yield '\n'
        l_2_loop = l_2_ini = missing
        t_10 = 0
    l_1_loop = l_1_group = missing
    if t_10:
        pass
        _ggznet_chunk = []
        _ggznet_chunk.extend((
            str(environment.getattr((undefined(name='L') if l_0_L is missing else l_0_L), 'none_recorded')),
            '\n',
        ))
        yield ''.join(_ggznet_chunk)
    _ggznet_chunk = []
    _ggznet_chunk.extend((
        '\n## ',
        str(environment.getattr((undefined(name='L') if l_0_L is missing else l_0_L), 'coverage')),
        '\n\n',
        str(environment.getattr((undefined(name='L') if l_0_L is missing else l_0_L), 'coverage_intro')),
        '\n\n',
    ))
    yield ''.join(_ggznet_chunk)
    if (environment.getattr((undefined(name='coverage') if l_0_coverage is missing else l_0_coverage), 'domains') and environment.getattr((undefined(name='coverage') if l_0_coverage is missing else l_0_coverage), 'rows')):
        pass
        _ggznet_chunk = []
        _ggznet_chunk.extend((
            '| ',
            str(environment.getattr((undefined(name='L') if l_0_L is missing else l_0_L), 'theme')),
            ' | ',
        ))
        yield ''.join(_ggznet_chunk)
        for l_1_d in environment.call(context, (undefined(name='_ggznet_loop') if l_0__ggznet_loop is missing else l_0__ggznet_loop), environment.getattr((undefined(name='coverage') if l_0_coverage is missing else l_0_coverage), 'domains')):
            _loop_vars = {}
            pass
            _ggznet_chunk = []
            _ggznet_chunk.extend((
                str(t_3(l_1_d)),
                ' | ',
            ))
            yield ''.join(_ggznet_chunk)
        l_1_d = missing
        _ggznet_chunk = []
        _ggznet_chunk.extend((
            str(environment.getattr((undefined(name='L') if l_0_L is missing else l_0_L), 'total')),
            ' |\n| --- |',
        ))
        yield ''.join(_ggznet_chunk)
        for l_1_d in environment.call(context, (undefined(name='_ggznet_loop') if l_0__ggznet_loop is missing else l_0__ggznet_loop), environment.getattr((undefined(name='coverage') if l_0_coverage is missing else l_0_coverage), 'domains')):
            _loop_vars = {}
            pass
            yield ' :---: |'
        l_1_d = missing
        yield ' ---: |\n'
        for l_1_row in environment.call(context, (undefined(name='_ggznet_loop') if l_0__ggznet_loop is missing else l_0__ggznet_loop), environment.getattr((undefined(name='coverage') if l_0_coverage is missing else l_0_coverage), 'rows')):
            _loop_vars = {}
            pass
            _ggznet_chunk = []
            _ggznet_chunk.extend((
                '| ',
                str(t_3(environment.getattr(l_1_row, 'theme'))),
                ' | ',
            ))
            yield ''.join(_ggznet_chunk)
            for l_2_c in environment.call(context, (undefined(name='_ggznet_loop') if l_0__ggznet_loop is missing else l_0__ggznet_loop), environment.getattr(l_1_row, 'cells'), _loop_vars=_loop_vars):
                _loop_vars = {}
                pass
                _ggznet_chunk = []
                _ggznet_chunk.extend((
                    str((l_2_c if l_2_c else '–')),
                    ' | ',
                ))
                yield ''.join(_ggznet_chunk)
            l_2_c = missing
            _ggznet_chunk = []
            _ggznet_chunk.extend((
                str(environment.getattr(l_1_row, 'total')),
                ' |\n',
            ))
            yield ''.join(_ggznet_chunk)
        l_1_row = missing
        yield '\n'
    if environment.getattr((undefined(name='coverage') if l_0_coverage is missing else l_0_coverage), 'uncovered'):
        pass
        _ggznet_chunk = []
        _ggznet_chunk.extend((
            '**',
            str(environment.getattr((undefined(name='L') if l_0_L is missing else l_0_L), 'uncovered_themes')),
            ':** ',
            str(t_4(context.eval_ctx, t_7(context, environment.getattr((undefined(name='coverage') if l_0_coverage is missing else l_0_coverage), 'uncovered'), 'md'), ', ')),
            '\n\n',
        ))
        yield ''.join(_ggznet_chunk)
    if environment.getattr((undefined(name='coverage') if l_0_coverage is missing else l_0_coverage), 'uncovered_domains'):
        pass
        _ggznet_chunk = []
        _ggznet_chunk.extend((
            '**',
            str(environment.getattr((undefined(name='L') if l_0_L is missing else l_0_L), 'uncovered_domains')),
            ':** ',
            str(t_4(context.eval_ctx, t_7(context, environment.getattr((undefined(name='coverage') if l_0_coverage is missing else l_0_coverage), 'uncovered_domains'), 'md'), ', ')),
            '\n\n',
        ))
        yield ''.join(_ggznet_chunk)
    _ggznet_chunk = []
    _ggznet_chunk.extend((
        '## ',
        str(environment.getattr((undefined(name='L') if l_0_L is missing else l_0_L), 'timeline')),
        '\n\n',
    ))
    yield ''.join(_ggznet_chunk)
    t_11 = 1
    for l_1_m in environment.call(context, (undefined(name='_ggznet_loop') if l_0__ggznet_loop is missing else l_0__ggznet_loop), (undefined(name='meetings') if l_0_meetings is missing else l_0_meetings)):
        _loop_vars = {}
        pass
        _ggznet_chunk = []
        _ggznet_chunk.extend((
            '### ',
            str(environment.getattr(l_1_m, 'date')),
            ' · ',
            str(t_8(environment.getattr(l_1_m, 'title'))),
            '\n\n*',
            str(environment.getattr(l_1_m, 'type')),
            ', ',
            str(environment.getattr(l_1_m, 'status_word')),
            '*',
        ))
        yield ''.join(_ggznet_chunk)
        if environment.getattr(l_1_m, 'forum'):
            pass
            _ggznet_chunk = []
            _ggznet_chunk.extend((
                ' · ',
                str(environment.getattr((undefined(name='L') if l_0_L is missing else l_0_L), 'forum')),
                ': ',
                str(t_8(environment.getattr(l_1_m, 'forum'))),
            ))
            yield ''.join(_ggznet_chunk)
        if environment.getattr(l_1_m, 'participants_count'):
            pass
            _ggznet_chunk = []
            _ggznet_chunk.extend((
                ' · ',
                str(environment.getattr((undefined(name='L') if l_0_L is missing else l_0_L), 'participants_count')),
                ': ',
                str(environment.getattr(l_1_m, 'participants_count')),
            ))
            yield ''.join(_ggznet_chunk)
        yield '\n\n'
        if environment.getattr(l_1_m, 'decisions'):
            pass
            _ggznet_chunk = []
            _ggznet_chunk.extend((
                '**',
                str(environment.getattr((undefined(name='L') if l_0_L is missing else l_0_L), 'decisions')),
                '**\n\n',
            ))
            yield ''.join(_ggznet_chunk)
            for l_2_d in environment.call(context, (undefined(name='_ggznet_loop') if l_0__ggznet_loop is missing else l_0__ggznet_loop), environment.getattr(l_1_m, 'decisions'), _loop_vars=_loop_vars):
                _loop_vars = {}
                pass
                _ggznet_chunk = []
                _ggznet_chunk.extend((
                    '- ',
                    str(t_8(l_2_d)),
                    '\n',
                ))
                yield ''.join(_ggznet_chunk)
            l_2_d = missing
            yield '\n'
        if environment.getattr(l_1_m, 'tracks'):
            pass
            _ggznet_chunk = []
            _ggznet_chunk.extend((
                '**',
                str(environment.getattr((undefined(name='L') if l_0_L is missing else l_0_L), 'tracks')),
                '**\n\n',
            ))
            yield ''.join(_ggznet_chunk)
            for l_2_t in environment.call(context, (undefined(name='_ggznet_loop') if l_0__ggznet_loop is missing else l_0__ggznet_loop), environment.getattr(l_1_m, 'tracks'), _loop_vars=_loop_vars):
                _loop_vars = {}
                pass
                _ggznet_chunk = []
                _ggznet_chunk.extend((
                    '- ',
                    str(t_8(environment.getattr(l_2_t, 'title'))),
                ))
                yield ''.join(_ggznet_chunk)
                if environment.getattr(l_2_t, 'initiative'):
                    pass
                    _ggznet_chunk = []
                    _ggznet_chunk.extend((
                        ' → ',
                        str(t_8(environment.getattr(l_2_t, 'initiative'))),
                    ))
                    yield ''.join(_ggznet_chunk)
                if environment.getattr(l_2_t, 'owner'):
                    pass
                    _ggznet_chunk = []
                    _ggznet_chunk.extend((
                        ' (',
                        str(t_8(environment.getattr(l_2_t, 'owner'))),
                        ')',
                    ))
                    yield ''.join(_ggznet_chunk)
                yield '\n'
            l_2_t = missing
            yield '\n'
        if environment.getattr(l_1_m, 'next_meeting'):
            pass
            _ggznet_chunk = []
            _ggznet_chunk.extend((
                str(environment.getattr((undefined(name='L') if l_0_L is missing else l_0_L), 'next_meeting')),
                ': ',
                str(environment.getattr(l_1_m, 'next_meeting')),
                '\n',
            ))
            yield ''.join(_ggznet_chunk)
        yield '\n'
        t_11 = 0
    l_1_m = missing
    if t_11:
        pass
        _ggznet_chunk = []
        _ggznet_chunk.extend((
            str(environment.getattr((undefined(name='L') if l_0_L is missing else l_0_L), 'no_meetings')),
            '\n',
        ))
        yield ''.join(_ggznet_chunk)
    _ggznet_chunk = []
    _ggznet_chunk.extend((
        '\n## ',
        str(environment.getattr((undefined(name='L') if l_0_L is missing else l_0_L), 'open_actions')),
        '\n\n',
    ))
    yield ''.join(_ggznet_chunk)
    if (undefined(name='actions') if l_0_actions is missing else l_0_actions):
        pass
        _ggznet_chunk = []
        _ggznet_chunk.extend((
            '| ',
            str(environment.getattr((undefined(name='L') if l_0_L is missing else l_0_L), 'action')),
            ' | ',
            str(environment.getattr((undefined(name='L') if l_0_L is missing else l_0_L), 'action_owner')),
            ' | ',
            str(environment.getattr((undefined(name='L') if l_0_L is missing else l_0_L), 'due')),
            ' | ',
            str(environment.getattr((undefined(name='L') if l_0_L is missing else l_0_L), 'meeting')),
            ' |\n| --- | --- | --- | --- |\n',
        ))
        yield ''.join(_ggznet_chunk)
        for l_1_a in environment.call(context, (undefined(name='_ggznet_loop') if l_0__ggznet_loop is missing else l_0__ggznet_loop), (undefined(name='actions') if l_0_actions is missing else l_0_actions)):
            _loop_vars = {}
            pass
            _ggznet_chunk = []
            _ggznet_chunk.extend((
                '| ',
                str(t_3(environment.getattr(l_1_a, 'what'))),
            ))
            yield ''.join(_ggznet_chunk)
            if environment.getattr(l_1_a, 'overdue'):
                pass
                _ggznet_chunk = []
                _ggznet_chunk.extend((
                    ' **(',
                    str(environment.getattr((undefined(name='L') if l_0_L is missing else l_0_L), 'overdue')),
                    ')**',
                ))
                yield ''.join(_ggznet_chunk)
            _ggznet_chunk = []
            _ggznet_chunk.extend((
                ' | ',
                str(t_3(environment.getattr(l_1_a, 'owner'))),
                ' | ',
                str((environment.getattr(l_1_a, 'due') or '–')),
                ' | ',
                str(environment.getattr(l_1_a, 'meeting_date')),
                ' ',
                str(t_3(environment.getattr(l_1_a, 'meeting'))),
                ' |\n',
            ))
            yield ''.join(_ggznet_chunk)
        l_1_a = missing
    else:
        pass
        _ggznet_chunk = []
        _ggznet_chunk.extend((
            str(environment.getattr((undefined(name='L') if l_0_L is missing else l_0_L), 'no_open_actions')),
            '\n',
        ))
        yield ''.join(_ggznet_chunk)
    _ggznet_chunk = []
    _ggznet_chunk.extend((
        '\n## ',
        str(environment.getattr((undefined(name='L') if l_0_L is missing else l_0_L), 'learning')),
        '\n\n',
    ))
    yield ''.join(_ggznet_chunk)
    for l_1_key in environment.call(context, (undefined(name='_ggznet_loop') if l_0__ggznet_loop is missing else l_0__ggznet_loop), ['barriers', 'success_factors', 'lessons']):
        l_1_learning_groups = resolve('learning_groups')
        _loop_vars = {}
        pass
        _ggznet_chunk = []
        _ggznet_chunk.extend((
            '### ',
            str(environment.getitem((undefined(name='L') if l_0_L is missing else l_0_L), l_1_key)),
            '\n\n',
        ))
        yield ''.join(_ggznet_chunk)
        t_12 = 1
        for l_2_group in environment.call(context, (undefined(name='_ggznet_loop') if l_0__ggznet_loop is missing else l_0__ggznet_loop), environment.getitem((undefined(name='learning_groups') if l_1_learning_groups is missing else l_1_learning_groups), l_1_key), _loop_vars=_loop_vars):
            _loop_vars = {}
            pass
            _ggznet_chunk = []
            _ggznet_chunk.extend((
                '- *',
                str(t_4(context.eval_ctx, t_7(context, environment.getattr(l_2_group, 'origin'), 'md'), '; ')),
                '*\n',
            ))
            yield ''.join(_ggznet_chunk)
            for l_3_text in environment.call(context, (undefined(name='_ggznet_loop') if l_0__ggznet_loop is missing else l_0__ggznet_loop), environment.getattr(l_2_group, 'texts'), _loop_vars=_loop_vars):
                _loop_vars = {}
                pass
                _ggznet_chunk = []
                _ggznet_chunk.extend((
                    '  - ',
                    str(t_8(l_3_text)),
                    '\n',
                ))
                yield ''.join(_ggznet_chunk)
            l_3_text = missing
            t_12 = 0
        l_2_group = missing
        if t_12:
            pass
            _ggznet_chunk = []
            _ggznet_chunk.extend((
                str(environment.getattr((undefined(name='L') if l_0_L is missing else l_0_L), 'none_recorded')),
                '\n',
            ))
            yield ''.join(_ggznet_chunk)
        yield '\n'
    l_1_key = l_1_learning_groups = missing
    _ggznet_chunk = []
    _ggznet_chunk.extend((
        '## ',
        str(environment.getattr((undefined(name='L') if l_0_L is missing else l_0_L), 'continuity')),
        '\n\n',
        str(environment.getattr((undefined(name='L') if l_0_L is missing else l_0_L), 'continuity_intro')),
        '\n\n',
    ))
    yield ''.join(_ggznet_chunk)
    if (undefined(name='risks') if l_0_risks is missing else l_0_risks):
        pass
        _ggznet_chunk = []
        _ggznet_chunk.extend((
            '| ',
            str(environment.getattr((undefined(name='L') if l_0_L is missing else l_0_L), 'initiative')),
            ' | ',
            str(environment.getattr((undefined(name='L') if l_0_L is missing else l_0_L), 'status')),
            ' | ',
            str(environment.getattr((undefined(name='L') if l_0_L is missing else l_0_L), 'risks')),
            ' |\n| --- | --- | --- |\n',
        ))
        yield ''.join(_ggznet_chunk)
        for l_1_r in environment.call(context, (undefined(name='_ggznet_loop') if l_0__ggznet_loop is missing else l_0__ggznet_loop), (undefined(name='risks') if l_0_risks is missing else l_0_risks)):
            _loop_vars = {}
            pass
            _ggznet_chunk = []
            _ggznet_chunk.extend((
                '| ',
                str(t_3(environment.getattr(l_1_r, 'name'))),
                ' | ',
                str(environment.getattr(l_1_r, 'status_word')),
                ' | ',
                str(t_4(context.eval_ctx, t_7(context, environment.getattr(l_1_r, 'risks'), 'cell'), '; ')),
                ' |\n',
            ))
            yield ''.join(_ggznet_chunk)
        l_1_r = missing
    else:
        pass
        _ggznet_chunk = []
        _ggznet_chunk.extend((
            str(environment.getattr((undefined(name='L') if l_0_L is missing else l_0_L), 'no_risks')),
            '\n',
        ))
        yield ''.join(_ggznet_chunk)
    _ggznet_chunk = []
    _ggznet_chunk.extend((
        '\n## ',
        str(environment.getattr((undefined(name='L') if l_0_L is missing else l_0_L), 'inspiration')),
        '\n\n',
        str(environment.getattr((undefined(name='L') if l_0_L is missing else l_0_L), 'inspiration_intro')),
        '\n\n',
    ))
    yield ''.join(_ggznet_chunk)
    t_13 = 1
    for l_1_i in environment.call(context, (undefined(name='_ggznet_loop') if l_0__ggznet_loop is missing else l_0__ggznet_loop), (undefined(name='inspiration') if l_0_inspiration is missing else l_0_inspiration)):
        _loop_vars = {}
        pass
        _ggznet_chunk = []
        _ggznet_chunk.extend((
            '- **',
            str(t_8(environment.getattr(l_1_i, 'name'))),
            '** (',
            str(t_4(context.eval_ctx, t_7(context, environment.getattr(l_1_i, 'regions'), 'md'), ', ')),
            '; ',
            str(environment.getattr(l_1_i, 'status_word')),
            '): ',
            str(t_8(environment.getattr(l_1_i, 'why'))),
        ))
        yield ''.join(_ggznet_chunk)
        if environment.getattr(l_1_i, 'summary'):
            pass
            _ggznet_chunk = []
            _ggznet_chunk.extend((
                '. ',
                str(t_8(environment.getattr(l_1_i, 'summary'))),
            ))
            yield ''.join(_ggznet_chunk)
        yield '\n'
        t_13 = 0
    l_1_i = missing
    if t_13:
        pass
        _ggznet_chunk = []
        _ggznet_chunk.extend((
            str(environment.getattr((undefined(name='L') if l_0_L is missing else l_0_L), 'no_inspiration')),
            '\n',
        ))
        yield ''.join(_ggznet_chunk)
    _ggznet_chunk = []
    _ggznet_chunk.extend((
        '\n## ',
        str(environment.getattr((undefined(name='L') if l_0_L is missing else l_0_L), 'sources')),
        '\n\n',
    ))
    yield ''.join(_ggznet_chunk)
    t_14 = 1
    for l_1_s in environment.call(context, (undefined(name='_ggznet_loop') if l_0__ggznet_loop is missing else l_0__ggznet_loop), (undefined(name='sources') if l_0_sources is missing else l_0_sources)):
        _loop_vars = {}
        pass
        _ggznet_chunk = []
        _ggznet_chunk.extend((
            '- ',
            str(t_6(environment.getattr(l_1_s, 'title'), environment.getattr(l_1_s, 'url'))),
        ))
        yield ''.join(_ggznet_chunk)
        if environment.getattr(l_1_s, 'publisher'):
            pass
            _ggznet_chunk = []
            _ggznet_chunk.extend((
                ', ',
                str(t_8(environment.getattr(l_1_s, 'publisher'))),
            ))
            yield ''.join(_ggznet_chunk)
        if environment.getattr(l_1_s, 'published'):
            pass
            _ggznet_chunk = []
            _ggznet_chunk.extend((
                ' (',
                str(environment.getattr(l_1_s, 'published')),
                ')',
            ))
            yield ''.join(_ggznet_chunk)
        yield '\n'
        t_14 = 0
    l_1_s = missing
    if t_14:
        pass
        _ggznet_chunk = []
        _ggznet_chunk.extend((
            str(environment.getattr((undefined(name='L') if l_0_L is missing else l_0_L), 'none_recorded')),
            '\n',
        ))
        yield ''.join(_ggznet_chunk)

blocks = {}
debug_info = '2=86&3=96&5=102&6=107&9=115&11=117&13=125&15=127&17=133&18=139&20=148&21=154&23=166&24=172&25=180&26=185&28=196&29=200&30=206&31=211&34=220&36=224&37=228&40=235&41=239&43=265&44=269&46=275&47=280&49=284&50=289&52=293&54=305&56=311&57=315&62=332&64=334&66=339&67=345&69=357&72=362&73=367&75=371&76=376&78=382&79=387&81=393&82=398&84=404&85=409&89=416&90=421&92=425&93=432&96=447&97=452&99=454&103=468&107=475&109=481&110=487&112=494&113=500&115=502&117=530&118=534&119=538&121=564&122=569&125=588&127=593&132=605&135=612&137=614&139=618&140=623&141=643&142=649&143=655&147=677&148=682&151=688&152=693&155=702&157=707&158=713&160=717&163=744&164=749&166=753&167=759&171=765&172=770&174=774&175=780&180=803&181=807&185=820&188=827&190=831&191=836&193=846&194=852&197=882&200=889&202=893&203=900&205=905&206=911&207=915&208=921&211=932&215=941&217=943&219=947&220=952&222=960&223=966&226=979&229=986&231=988&233=993&234=999&237=1023&240=1030&242=1035&243=1041&246=1068'